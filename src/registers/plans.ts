/**
 * Sheet plans for the two registers: the approval block, the title, (for Appendix 2) the body-name line,
 * the header verbatim from the Order, function headings and numbered rows, and the footnotes. Pure data:
 * the Office.js and ExcelJS adapters render the same plan.
 */
import { functionTypeById, type FunctionTypeId } from '../order281/function-types';
import { MAX_ROWS_PER_HEADING, type TemplateOptions } from './template-options';
import type { MergedArea } from './grid';
import type { PlannedCell, PlannedValidation, PlanStyle, PlanStyleName, SheetPlan, StyledBlock } from './sheet-plan';
import { TEMPLATE_TEXT, SHEET_NAMES } from './template-text';
import { SAMPLE_POSITIONS, SAMPLE_RISKS } from './samples';
import { listName, plannedList, validationWording, type ListKey } from './plan-lists';
import { estimateRowHeights } from './row-heights';
import { printSetup, writingRowHeight } from './print-setup';

/**
 * Column widths in characters. Narrow enough that A4 landscape takes the table at 85% or more, so 11-point
 * text prints at 9 points or larger (print-setup.ts); the text wraps onto more lines instead.
 */
const RISK_WIDTHS = [5, 27, 21, 37, 17, 15, 24, 14];
const POSITION_WIDTHS = [5, 34, 38, 52, 19];

export const PLAN_STYLES: Record<PlanStyleName, PlanStyle> = {
  approval: { bold: true, horizontal: 'center' },
  title: { bold: true, fontSize: 13, horizontal: 'center', vertical: 'center', wrap: true },
  bodyName: { italic: true, fontSize: 10, horizontal: 'center' },
  header: { bold: true, horizontal: 'center', vertical: 'center', wrap: true, border: true, fill: '#D9E2F3' },
  heading: { bold: true, horizontal: 'left', vertical: 'center', wrap: true, border: true, fill: '#F2F2F2' },
  cell: { vertical: 'top', wrap: true, border: true },
  number: { horizontal: 'center', vertical: 'top', border: true },
  footnote: { italic: true, fontSize: 10, vertical: 'top', wrap: true },
};

class PlanBuilder {
  readonly cells: PlannedCell[] = [];
  readonly blocks: StyledBlock[] = [];
  readonly merges: MergedArea[] = [];
  readonly validations: PlannedValidation[] = [];

  constructor(readonly width: number) {}

  put(row: number, column: number, value: string | number, style: PlanStyleName): void {
    this.cells.push({ row, column, value, style });
  }

  /** A full-width line of text, merged across the table. */
  line(row: number, value: string, style: PlanStyleName): void {
    this.put(row, 1, value, style);
    this.merges.push({ top: row, left: 1, bottom: row, right: this.width });
    this.blocks.push({ top: row, left: 1, bottom: row, right: this.width, style });
  }

  block(top: number, left: number, bottom: number, right: number, style: PlanStyleName): void {
    if (bottom >= top && right >= left) this.blocks.push({ top, left, bottom, right, style });
  }
}

export function buildSheetPlan(options: TemplateOptions): SheetPlan {
  const text = TEMPLATE_TEXT[options.kind][options.language];
  const widths = options.kind === 'risks' ? RISK_WIDTHS : POSITION_WIDTHS;
  const plan = new PlanBuilder(widths.length);
  const rowsPerHeading = Math.max(0, Math.min(MAX_ROWS_PER_HEADING, Math.floor(options.rowsPerHeading)));

  const approvalColumn = widths.length - 1;
  plan.put(1, approvalColumn, text.approval, 'approval');
  plan.put(2, approvalColumn, text.dateLine(options.year), 'approval');
  for (const row of [1, 2]) {
    plan.merges.push({ top: row, left: approvalColumn, bottom: row, right: widths.length });
    plan.block(row, approvalColumn, row, widths.length, 'approval');
  }
  plan.line(4, text.title[0], 'title');
  plan.line(5, text.title[1], 'title');
  let row = 6;
  if (text.bodyNameCaption) {
    // An empty merged line for the body's name, its caption under it, as the form prints them.
    plan.merges.push({ top: 7, left: 1, bottom: 7, right: widths.length });
    plan.line(8, text.bodyNameCaption, 'bodyName');
    row = 9;
  }
  const headerRow = row + 1;
  text.header.forEach((value, i) => plan.put(headerRow, i + 1, value, 'header'));
  plan.block(headerRow, 1, headerRow, widths.length, 'header');

  const firstBodyRow = headerRow + 1;
  const { lastBodyRow, headingRows, dataRuns, blankRuns } = options.kind === 'risks'
    ? writeRiskBody(plan, options, firstBodyRow, rowsPerHeading)
    : writePositionBody(plan, options, firstBodyRow, rowsPerHeading);

  if (lastBodyRow >= firstBodyRow) {
    plan.block(firstBodyRow, 2, lastBodyRow, widths.length, 'cell');
    plan.block(firstBodyRow, 1, lastBodyRow, 1, 'number');
    for (const headingRow of headingRows) plan.block(headingRow, 1, headingRow, widths.length, 'heading');
  }

  const lists = addValidations(plan, options, headingRows, dataRuns);

  let footRow = Math.max(lastBodyRow, headerRow) + 2;
  plan.line(footRow, text.footnoteLabel, 'footnote');
  for (const footnote of text.footnotes) plan.line(++footRow, footnote, 'footnote');

  const print = printSetup(options.kind, options.language, widths, headerRow);
  const writingHeight = writingRowHeight(print.minimumScale);
  const drawn = { cells: plan.cells, blocks: plan.blocks, merges: plan.merges, styles: PLAN_STYLES, columnWidths: widths };
  return {
    kind: options.kind,
    language: options.language,
    sheetName: SHEET_NAMES[options.kind][options.language],
    columnWidths: widths,
    cells: plan.cells,
    blocks: plan.blocks,
    merges: plan.merges,
    validations: plan.validations,
    lists,
    headerRow,
    freezeRows: headerRow,
    lastRow: footRow,
    lastColumn: widths.length,
    rowHeights: estimateRowHeights(drawn),
    writingRows: blankRuns.map(([top, bottom]) => ({ top, bottom, height: writingHeight })),
    print,
    styles: PLAN_STYLES,
  };
}

interface Body {
  lastBodyRow: number;
  headingRows: number[];
  /** Runs of data rows (not headings), each `[first, last]`. */
  dataRuns: Array<[number, number]>;
  /** Runs of the numbered rows left blank to fill in, each `[first, last]`. */
  blankRuns: Array<[number, number]>;
}

function writeRiskBody(plan: PlanBuilder, options: TemplateOptions, firstRow: number, rowsPerHeading: number): Body {
  const headingIds = options.headings.filter((id) => functionTypeById(id)) as FunctionTypeId[];
  const samples = options.withSample ? SAMPLE_RISKS[options.language] : [];
  for (const sample of samples) if (!headingIds.includes(sample.heading)) headingIds.unshift(sample.heading);
  const headingRows: number[] = [];
  const dataRuns: Array<[number, number]> = [];
  const blankRuns: Array<[number, number]> = [];
  let row = firstRow;
  for (const id of headingIds) {
    const type = functionTypeById(id)!;
    plan.put(row, 1, type.heading[options.language], 'heading');
    plan.merges.push({ top: row, left: 1, bottom: row, right: plan.width });
    headingRows.push(row);
    const runStart = ++row;
    let number = 0;
    for (const sample of samples.filter((s) => s.heading === id)) {
      const values = [++number, sample.function, sample.unit, sample.risk, sample.category, sample.level, sample.scope];
      values.forEach((value, i) => plan.put(row, i + 1, value, i === 0 ? 'number' : 'cell'));
      row++;
    }
    const blankStart = row;
    for (let i = 0; i < rowsPerHeading; i++) plan.put(row++, 1, ++number, 'number');
    if (row > blankStart) blankRuns.push([blankStart, row - 1]);
    if (row > runStart) dataRuns.push([runStart, row - 1]);
  }
  return { lastBodyRow: row - 1, headingRows, dataRuns, blankRuns };
}

function writePositionBody(plan: PlanBuilder, options: TemplateOptions, firstRow: number, rowsCount: number): Body {
  let row = firstRow;
  let number = 0;
  for (const sample of options.withSample ? SAMPLE_POSITIONS[options.language] : []) {
    [++number, sample.position, sample.powers, sample.risk, sample.level].forEach((value, i) => plan.put(row, i + 1, value, i === 0 ? 'number' : 'cell'));
    row++;
  }
  const blankStart = row;
  for (let i = 0; i < rowsCount; i++) plan.put(row++, 1, ++number, 'number');
  return {
    lastBodyRow: row - 1,
    headingRows: [],
    dataRuns: row > firstRow ? [[firstRow, row - 1]] : [],
    blankRuns: row > blankStart ? [[blankStart, row - 1]] : [],
  };
}

function addValidations(plan: PlanBuilder, options: TemplateOptions, headingRows: number[], dataRuns: Array<[number, number]>) {
  const { language } = options;
  const used = new Set<ListKey>();
  const add = (key: ListKey, area: MergedArea) => {
    used.add(key);
    plan.validations.push({ area, list: listName(key, language), ...validationWording(key, language) });
  };
  const columnRuns = (column: number, key: ListKey) => {
    for (const [top, bottom] of dataRuns) add(key, { top, left: column, bottom, right: column });
  };
  if (options.kind === 'risks') {
    columnRuns(5, 'categories');
    columnRuns(6, 'riskLevels');
    for (const headingRow of headingRows) add('functions', { top: headingRow, left: 1, bottom: headingRow, right: 1 });
  } else {
    columnRuns(5, 'positionLevels');
  }
  return [...used].map((key) => plannedList(key, language));
}
