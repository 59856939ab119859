/** The Office.js adapter: the only code in Tobokel that names `Excel`. Every function takes a RequestContext. */
export { insertTemplate, widthInPoints } from './insert-template';
export type { InsertResult } from './insert-template';
export { checkWorkbook } from './check-workbook';
export type { CheckWorkbookOptions } from './check-workbook';
export { clearMarks, lastCheckOf } from './clear-marks';
export type { ClearMarksOptions } from './clear-marks';
export { selectCell } from './select-cell';
export { detectCapabilities, capabilitiesFrom, capabilitiesUpTo, ALL_CAPABILITIES, REQUIREMENTS } from './capabilities';
export type { ExcelCapabilities } from './capabilities';
export { ExcelActionError, toExcelActionError } from './errors';
export type { ExcelAction } from './errors';
export type { ExcelProblem } from './messages';
export { markedSheets, markKindOf, markFormula, MARK_STYLES } from './marks';
export type { MarkKind } from './marks';
export { uniqueSheetName, cleanSheetName } from './sheet-names';
export { writeSummarySheet } from './summary-sheet';
export type { SummarySheetOptions, SummarySheetResult } from './summary-sheet';
export { readWorkbookRegisters } from './read-registers';
