/**
 * Every way a submitted file can fail to open, as one typed error. The CLI turns it into a one-line
 * reason and exit code 2; nothing here should ever surface as a stack trace to a reviewer.
 */
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

  constructor(
    readonly code: WorkbookErrorCode,
    /** The file as the user named it, so a batch of fifty files says which one failed. */
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function isWorkbookReadError(error: unknown): error is WorkbookReadError {
  return error instanceof WorkbookReadError;
}
