/**
 * Turns anything an Excel action throws into words a person can act on. The service hands on the
 * adapter's ExcelActionError (src/excel/errors.ts translates Excel's codes, in one place), which already
 * carries a localised message; anything else gets a plain sentence. Nothing here throws: the pane shows
 * the result, never an unhandled rejection.
 */
import type { Localized } from '../../order281/text';
import { STRINGS } from '../strings';

export interface ActionProblem {
  message: Localized;
  /** Excel's own text, shown small beneath for whoever supports the user. */
  detail?: string;
  /** This Excel is too old for the action (ApiNotFound): the template workbooks do the job instead. */
  offerTemplates?: boolean;
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.ky === 'string' && typeof v.ru === 'string' && typeof v.en === 'string';
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

export function describeError(error: unknown): ActionProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
    messages?: unknown;
    detail?: unknown;
    problem?: unknown;
  };
  // Excel's own words where the adapter kept them (ExcelActionError.detail), else the error's message.
  const detail = text(e.detail) ?? text(e.message) ?? text(error);
  if (detail && /not running inside Excel/i.test(detail)) return { message: STRINGS.errorNotInExcel };
  // The adapter's ExcelActionError: its localised message is the one to show.
  if (isLocalized(e.messages)) {
    const problem: ActionProblem = { message: e.messages, detail: text(e.detail) ?? text(e.code) };
    if (e.problem === 'unsupported') problem.offerTemplates = true;
    return problem;
  }
  return { message: STRINGS.errorUnknown, detail };
}
