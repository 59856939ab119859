/**
 * What the browser host exposes on the page as `window.__TOBOKEL_E2E__`, for the end-to-end test to look
 * at the workbook the pane acted on (through `page.evaluate`). Only plain JSON crosses that boundary, so
 * every answer here is one.
 */
import type { HostValue } from '../excel-host/model';

export interface E2ESheetSummary {
  name: string;
  visibility: string;
  /** Conditional formats on the sheet: the template's own and Tobokel's marks. */
  conditionalFormats: { id: string; formula?: string; rects: string[] }[];
  /** Data validations (the form's dropdown lists): none where the pane was told ExcelApi 1.8 is missing. */
  dataValidations: number;
}

export interface E2EHostApi {
  /** The display language the host announced (the pane maps it to its own). */
  displayLanguage: string;
  /** The ExcelApi version the host plays, and how many members its table of requirement sets holds (strictness on). */
  strictness(): { excelApi: string; members: number };
  sheets(): E2ESheetSummary[];
  /** Every non-empty value of a sheet, keyed by A1 address. */
  values(sheet: string): Record<string, HostValue>;
  /** `snapshotSheet` of every sheet, for before/after comparisons. */
  snapshot(): unknown;
  /** The active sheet, and the selected range's sheet and address, as Excel would report them. */
  selection(): { activeSheet: string; sheet: string; address: string };
  /** Types a value into a cell, as a person would in Excel between two actions of the pane. */
  setValue(sheet: string, address: string, value: HostValue): void;
  /** Calls the host did not model: any entry means the pane made a call real Excel would not accept. */
  failures(): string[];
  /** Round trips (`context.sync()`) so far. */
  syncs(): number;
}

/** Set by the test before the page loads (`page.addInitScript`). */
export interface E2EHostConfig {
  displayLanguage?: string;
  /**
   * The highest ExcelApi 1.x the host plays, e.g. 7 for Excel 2019 (no 1.8: no dropdown lists); 13 when
   * absent, the newest set the pane uses.
   */
  excelApiUpTo?: number;
  /** Which ExcelApi version each member needs (`excelApiSets()` in Node): the host refuses newer ones. */
  apiSets?: Record<string, string>;
  /** Office's body background (`officeTheme.bodyBackgroundColor`), e.g. '#1f1f1f' for the dark theme. */
  themeBackground?: string;
}

declare global {
  interface Window {
    __TOBOKEL_E2E__?: E2EHostApi;
    __TOBOKEL_E2E_CONFIG__?: E2EHostConfig;
  }
}
