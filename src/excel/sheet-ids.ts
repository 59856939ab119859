/**
 * Which sheets a check saw, by Excel's sheet id as well as by name. A finding names its sheet as the
 * person reads it; a sheet keeps its id when renamed, so clearing the marks of a check still finds a
 * sheet renamed since. Kept beside the report rather than in it: the report is a public format, and ids
 * mean nothing outside this workbook session.
 */
import type { Report } from '../checks/report';

export interface SheetRef {
  id: string;
  name: string;
}

const seen = new WeakMap<object, SheetRef[]>();

/** Records every sheet of the workbook as the check that made `report` saw it. */
export function rememberSheets(report: Report, sheets: SheetRef[]): void {
  seen.set(report, sheets);
}

/** The workbook's sheets when `report` was made; undefined for a report not made by `checkWorkbook`. */
export function sheetsSeenBy(report: Pick<Report, 'findings'>): SheetRef[] | undefined {
  return seen.get(report);
}
