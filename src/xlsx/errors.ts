/**
 * Every way a submitted file can fail to open, as one typed error. The CLI turns it into a one-line
 * reason and exit code 2; nothing here should ever surface as a stack trace to a reviewer.
 */
import type { Localized } from '../order281/text';

export type WorkbookErrorCode =
  | 'not-found'
  | 'not-xlsx'
  | 'legacy-xls'
  | 'encrypted'
  | 'truncated'
  | 'too-large'
  | 'zip-bomb'
  | 'too-many-rows'
  | 'too-many-cells'
  | 'unreadable';

export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
  /** The one-line reason in each interface language, each naming the file; `message` is the English one. */
  readonly messages: Localized;

  constructor(
    /** Stable across languages: scripts and tests branch on it, never on the text. */
    readonly code: WorkbookErrorCode,
    /** The file as the user named it, so a batch of fifty files says which one failed. */
    readonly file: string,
    reason: Localized,
  ) {
    super(`${file}: ${reason.en}`);
    this.messages = { ky: `${file}: ${reason.ky}`, ru: `${file}: ${reason.ru}`, en: `${file}: ${reason.en}` };
  }
}

export function isWorkbookReadError(error: unknown): error is WorkbookReadError {
  return error instanceof WorkbookReadError;
}
