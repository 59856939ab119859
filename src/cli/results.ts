/** What `check` produced, handed to every formatter. */
import type { Report } from '../checks/report';
import type { RegisterTally, Tally } from '../checks/summary';
import type { Localized, UiLanguage } from '../order281/text';
import type { Consolidation } from './consolidate';
import type { FileType } from './file-types';

export interface Unreadable {
  file: string;
  code: string;
  /** One line naming the file, in each interface language; the JSON's `message` is the English one. */
  messages: Localized;
  /** What the file is by its name, when it is not an .xlsx: a folder check lists it instead of reading it. */
  type?: FileType;
}

export interface CheckedResult {
  file: string;
  report: Report;
  /** Each register's counts (level × category), for the reports people read; not in the JSON. */
  tallies?: RegisterTally[];
  /** The body the registers name (a name line or a title), for the report's title. */
  bodyName?: string;
}

export type FileResult = CheckedResult | { file: string; unreadable: Unreadable };

export interface CheckOutput {
  results: FileResult[];
  /** Present when more than one file was checked. */
  consolidation?: Consolidation;
  /** Each body's counts, for the reports people read; the JSON has the consolidation's. */
  bodyTallies?: Map<string, Tally>;
  lang: UiLanguage;
  /** The day the check counts from (--today, else today). */
  today?: Date;
}

export function isUnreadable(result: FileResult): result is { file: string; unreadable: Unreadable } {
  return 'unreadable' in result;
}

export function unreadableResults(results: readonly FileResult[]): { file: string; unreadable: Unreadable }[] {
  return results.filter(isUnreadable);
}

/** 2 when a file could not be read, else 1 when any register has errors, else 0. */
export function exitCode(results: readonly FileResult[]): number {
  if (results.some(isUnreadable)) return 2;
  return results.some((result) => !isUnreadable(result) && !result.report.summary.ready) ? 1 : 0;
}
