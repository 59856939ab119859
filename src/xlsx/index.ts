/** The ExcelJS adapter: the only code in Tobokel that imports exceljs. */
export { writePlans } from './write';
export { readWorkbook, excelJsLoad } from './read';
export type { ReadOptions } from './read';
export { WorkbookReadError, isWorkbookReadError } from './errors';
export type { WorkbookErrorCode } from './errors';
export { DEFAULT_LIMITS } from './limits';
export type { ReadLimits } from './limits';
export { writeMarkedCopy, FINDINGS_SHEET_WORDS } from './marked-copy';
export type { MarkedCopyOptions } from './marked-copy';
export { writeSummary } from './summary';
export { writeDiff } from './diff';
