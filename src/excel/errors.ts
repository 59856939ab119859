/**
 * Excel's errors, translated. Office.js rejects a sync with an `OfficeExtension.Error` whose `code` names
 * the cause; the pane needs a sentence a person can act on, in their language. Duck-typed on `code`, so
 * this module never needs the global `OfficeExtension` (and works with the test host's client library).
 */
import type { Report } from '../checks/report';
import type { Localized } from '../order281/text';
import { ExcelProblem, PROBLEM_MESSAGES } from './messages';

export type ExcelAction = 'insert' | 'check' | 'clear' | 'select';

export class ExcelActionError extends Error {
  override readonly name = 'ExcelActionError';

  constructor(
    /** The operation that failed. */
    readonly action: ExcelAction,
    readonly problem: ExcelProblem,
    /** Excel's own error code (`InvalidOperation`, `InvalidOperationInCellEditMode`, …), when it gave one. */
    readonly code: string | undefined,
    /** What happened and what to do, in every interface language. */
    readonly messages: Localized,
    /** Excel's own message, for support. */
    readonly detail: string | undefined,
  ) {
    super(`${action}: ${messages.en}${detail ? ` (${code ?? 'no code'}: ${detail})` : ''}`);
  }

  /**
   * When a check read and judged the workbook but Excel refused the marks (a protected sheet), the report
   * is still worth showing: it travels here.
   */
  report?: Report;
}

const PROBLEM_BY_CODE: Record<string, ExcelProblem> = {
  InvalidOperationInCellEditMode: 'edit-mode',
  // Excel answers a change to a protected sheet, or a new sheet in a workbook whose structure is
  // protected, with InvalidOperation or AccessDenied; Tobokel's own calls raise InvalidOperation for
  // nothing else, so both are read as protection.
  InvalidOperation: 'protected',
  AccessDenied: 'protected',
  Conflict: 'busy',
  ActivityLimitReached: 'busy',
  RequestAborted: 'busy',
  ServiceNotAvailable: 'busy',
  Unavailable: 'busy',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  RangeExceedsLimit: 'too-large',
  OperationCellsExceedLimit: 'too-large',
  ItemNotFound: 'not-found',
  InvalidReference: 'not-found',
  ApiNotFound: 'unsupported',
  InvalidArgument: 'refused-value',
  InvalidBinding: 'refused-value',
  GeneralException: 'general',
  PayloadTooLarge: 'too-large',
};

/** Any error from a batch, as an ExcelActionError (one already translated passes through). */
export function toExcelActionError(action: ExcelAction, error: unknown): ExcelActionError {
  if (error instanceof ExcelActionError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : undefined;
  const detail = typeof e.message === 'string' ? e.message : error === undefined ? undefined : String(error);
  let problem: ExcelProblem = (code && PROBLEM_BY_CODE[code]) || 'unknown';
  // Excel sometimes answers a protected sheet with a general code and says so only in its message.
  if ((problem === 'unknown' || problem === 'general') && detail && /protect/i.test(detail)) problem = 'protected';
  return new ExcelActionError(action, problem, code, PROBLEM_MESSAGES[problem], detail);
}

/** Runs an adapter operation, translating whatever Excel throws. */
export async function translated<T>(action: ExcelAction, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toExcelActionError(action, error);
  }
}
