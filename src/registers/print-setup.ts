/**
 * How a register prints. A4 landscape, one page wide and as many tall as the rows need, the header row on
 * every page, the appendix and page numbers in the footer. Fit-to-width shrinks a sheet that is wider than
 * the paper; the plans' column widths are chosen so that it never shrinks type below what a person reads
 * on paper, and blank rows are tall enough, once shrunk, for two handwritten lines.
 */
import type { RegisterLanguage } from '../order281/text';
import type { RegisterKind } from './kinds';
import type { PrintSetup } from './sheet-plan';
import { SHEET_NAMES } from './template-text';

const POINTS_PER_MM = 72 / 25.4;

export function mm(millimetres: number): number {
  return Math.round(millimetres * POINTS_PER_MM * 100) / 100;
}

/** ISO A4 turned sideways, in points. */
export const A4_LANDSCAPE = { width: mm(297), height: mm(210) };

/**
 * Margins in points. The top one is wide enough to punch for a binder (a landscape page is filed by its
 * top edge); the footer sits inside the bottom one.
 */
export const PRINT_MARGINS = { left: mm(15), right: mm(10), top: mm(20), bottom: mm(15), header: mm(8), footer: mm(7) } as const;

/** The smallest type a printed form may have, in points on paper. */
export const MIN_PRINTED_POINTS = { body: 9, footnote: 8 } as const;

/** Room on paper for two handwritten lines, spaced as a ruled exercise book spaces them (8 mm). */
export const WRITING_SPACE_MM = 16;
/** LibreOffice prints a row some 3% shorter than its set height; the rows carry that much to spare and more. */
const ROW_HEIGHT_ALLOWANCE = 1.05;

/**
 * Points a column of `width` characters takes, at the widest the programs that print our files measure it:
 * Excel counts a character as the default font's digit rounded to whole pixels (7 px = 5.25 pt for
 * Calibri 11) plus 5 px of padding per column; LibreOffice takes the digit's exact width (5.58 pt).
 */
export function columnPointsAtMost(width: number): number {
  return Math.max(width * 5.58, width * 5.25 + 3.75);
}

/**
 * The smallest scale, in whole percent (as both programs print), that fit-to-width can come to for these
 * column widths on A4 landscape within the margins; 100 when the table fits unshrunk.
 */
export function minimumFitScale(columnWidths: readonly number[]): number {
  const printable = A4_LANDSCAPE.width - PRINT_MARGINS.left - PRINT_MARGINS.right;
  const natural = columnWidths.reduce((sum, width) => sum + columnPointsAtMost(width), 0);
  return Math.min(100, Math.floor((100 * printable) / natural));
}

/** Row height, in points on the sheet, that prints as two handwritten lines at `scalePercent`. */
export function writingRowHeight(scalePercent: number): number {
  return Math.ceil((mm(WRITING_SPACE_MM) * ROW_HEIGHT_ALLOWANCE) / (scalePercent / 100));
}

/** "Page P of N" in Excel's header and footer codes (&P this page, &N all pages), in the register's language. */
const PAGE_OF: Record<RegisterLanguage, string> = {
  ky: '&N беттин &P-бети',
  ru: 'Страница &P из &N',
};

/** A literal text in a header or footer section: `&` is a code there, so it is doubled. */
function literal(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Footer sections in Excel's codes, ready for both adapters: the appendix on the left, the page in the middle. */
export function pageFooter(kind: RegisterKind, language: RegisterLanguage): PageFooter {
  return { left: literal(SHEET_NAMES[kind][language]), center: PAGE_OF[language], right: '' };
}

/** A footer's three sections in Excel's header and footer codes, in the default font and size. */
export interface PageFooter {
  left: string;
  center: string;
  right: string;
}

/** The print setup of a register sheet with these columns and its header in `headerRow`. */
export function printSetup(kind: RegisterKind, language: RegisterLanguage, columnWidths: readonly number[], headerRow: number): PrintSetup {
  return {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    minimumScale: minimumFitScale(columnWidths),
    margins: { ...PRINT_MARGINS },
    centerHorizontally: true,
    repeatRows: { first: headerRow, last: headerRow },
    footer: pageFooter(kind, language),
  };
}
