/** What `check` produced, handed to every formatter. */
import type { Report } from '../checks/report';
import type { Localized, UiLanguage } from '../order281/text';
import type { Consolidation } from './consolidate';

export interface Unreadable {
  file: string;
  code: string;
  /** One line naming the file, in each interface language; the JSON's `message` is the English one. */
  messages: Localized;
}

export type FileResult = { file: string; report: Report } | { file: string; unreadable: Unreadable };

export interface CheckOutput {
  results: FileResult[];
  /** Present when more than one file was checked. */
  consolidation?: Consolidation;
  lang: UiLanguage;
}

export function isUnreadable(result: FileResult): result is { file: string; unreadable: Unreadable } {
  return 'unreadable' in result;
}

/** 2 when a file could not be read, else 1 when any register has errors, else 0. */
export function exitCode(results: readonly FileResult[]): number {
  if (results.some(isUnreadable)) return 2;
  return results.some((result) => !isUnreadable(result) && !result.report.summary.ready) ? 1 : 0;
}
