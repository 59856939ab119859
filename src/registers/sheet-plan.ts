/**
 * A sheet plan is a pure description of a register sheet. The Office.js adapter and the ExcelJS adapter
 * both render it, so the template inserted in Excel and the template workbook are the same by construction.
 * Coordinates are 1-based sheet rows and columns relative to the plan's top-left corner (row 1, column 1).
 */
import type { RegisterLanguage } from '../order281/text';
import type { RegisterKind } from './kinds';
import type { MergedArea } from './grid';
import type { PageFooter } from './print-setup';

export type PlanStyleName = 'approval' | 'title' | 'bodyName' | 'header' | 'heading' | 'cell' | 'number' | 'footnote';

export interface PlanStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center';
  wrap?: boolean;
  /** Thin borders on all four sides. */
  border?: boolean;
  /** Fill colour as `#RRGGBB`. */
  fill?: string;
}

export interface PlannedCell {
  row: number;
  column: number;
  value: string | number;
  style: PlanStyleName;
}

/**
 * A block of cells that share one style: adapters format it in one call, never cell by cell. Blocks are
 * applied in order and a later block wins where two overlap (heading rows over the body's cell style).
 */
export interface StyledBlock extends MergedArea {
  style: PlanStyleName;
}

/** A dropdown over a rectangle, fed by a named list on the hidden lists sheet. */
export interface PlannedValidation {
  area: MergedArea;
  list: string;
  /** `stop` refuses other values; `warning` lets the user keep one after a warning (open lists, p.6). */
  alert: 'stop' | 'warning';
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/** A named list of allowed values, written one value per row into a column of the hidden lists sheet. */
export interface PlannedList {
  name: string;
  values: string[];
}

export interface SheetPlan {
  kind: RegisterKind;
  language: RegisterLanguage;
  /** The sheet name the register asks for; adapters make it unique. */
  sheetName: string;
  /** Column widths in characters, one per column from column 1. */
  columnWidths: number[];
  cells: PlannedCell[];
  blocks: StyledBlock[];
  merges: MergedArea[];
  validations: PlannedValidation[];
  lists: PlannedList[];
  headerRow: number;
  /** Rows above and including this one stay visible while scrolling. */
  freezeRows: number;
  lastRow: number;
  lastColumn: number;
  /** Heights in points for rows whose wrapped text needs more than one line; other rows keep the default. */
  rowHeights: Array<{ row: number; height: number }>;
  /**
   * Runs of blank numbered rows, each row `height` points tall: on paper, two handwritten lines at the
   * smallest scale the sheet prints at. One setting per run, never per row.
   */
  writingRows: Array<{ top: number; bottom: number; height: number }>;
  print: PrintSetup;
  styles: Record<PlanStyleName, PlanStyle>;
}

/** How the sheet prints (src/registers/print-setup.ts says why each value is what it is). */
export interface PrintSetup {
  orientation: 'landscape';
  paper: 'A4';
  /** One page wide, as many pages tall as the rows need. */
  fitToWidth: true;
  /**
   * The smallest scale, in percent, fit-to-width can come to with the plan's column widths: printed type
   * is at least its size times this. For tests and for rows sized to paper; adapters let fit-to-width
   * choose the scale.
   */
  minimumScale: number;
  /** In points. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  centerHorizontally: true;
  /** Rows printed again at the top of every page: the table's header. */
  repeatRows: { first: number; last: number };
  footer: PageFooter;
}

/** Name of the hidden sheet that holds every dropdown list. */
export const LISTS_SHEET_NAME = 'Tobokel_lists';
