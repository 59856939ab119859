/**
 * Turns anything an Excel action throws into words a person can act on. Excel's own error codes
 * (OfficeExtension.Error.code) say what went wrong; the adapter's ExcelActionError already carries a
 * localised message. Nothing here throws: the pane shows the result, never an unhandled rejection.
 */
import type { Localized } from '../../order281/text';
import { STRINGS } from '../strings';

export interface ActionProblem {
  message: Localized;
  /** Excel's own text, shown small beneath for whoever supports the user. */
  detail?: string;
}

const BY_CODE: Record<string, Localized> = {
  InvalidOperationInCellEditMode: STRINGS.errorEditMode,
  AccessDenied: STRINGS.errorProtected,
  Conflict: STRINGS.errorBusy,
  ActivityLimitReached: STRINGS.errorBusy,
  RequestAborted: STRINGS.errorBusy,
  RequestPayloadSizeLimitExceeded: STRINGS.errorTooLarge,
  ResponsePayloadSizeLimitExceeded: STRINGS.errorTooLarge,
  RangeExceedsLimit: STRINGS.errorTooLarge,
  OperationCellsExceedLimit: STRINGS.errorTooLarge,
  ItemNotFound: STRINGS.errorNotFound,
  InvalidReference: STRINGS.errorNotFound,
};

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.ky === 'string' && typeof v.ru === 'string' && typeof v.en === 'string';
}

export function describeError(error: unknown): ActionProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
    messages?: unknown;
    localized?: unknown;
  };
  const detail = typeof e.message === 'string' && e.message ? e.message : typeof error === 'string' ? error : undefined;
  // The adapter's ExcelActionError: its localised message is already the one to show.
  for (const candidate of [e.messages, e.localized]) {
    if (isLocalized(candidate)) return { message: candidate, detail: typeof e.code === 'string' ? e.code : undefined };
  }
  if (typeof e.code === 'string' && BY_CODE[e.code]) return { message: BY_CODE[e.code], detail };
  // Protection surfaces as InvalidOperation/GeneralException with a message that names it.
  if (typeof detail === 'string' && /protect/i.test(detail)) return { message: STRINGS.errorProtected, detail };
  if (typeof detail === 'string' && /not running inside Excel/i.test(detail)) return { message: STRINGS.errorNotInExcel };
  return { message: STRINGS.errorUnknown, detail };
}
