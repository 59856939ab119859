import type { RegisterRule } from '../finding';
import { approvalAgeDays, approvalCell, approvalToJudge } from './shared/approval-date';

/** An approval dated after the day of the check: most likely a typing mistake in the year. */
export const approvalFuture: RegisterRule = {
  id: 'approval.future',
  severity: 'warning',
  paragraph: 'p.11',
  title: { ky: 'Бекитилген күнү келечекте', ru: 'Дата утверждения в будущем', en: 'Approval date in the future' },
  why: {
    ky: 'Келечектеги бекитилген күн, балким, жазуудагы ката.',
    ru: 'Дата утверждения в будущем — скорее всего, опечатка.',
    en: 'An approval date in the future is most likely a typing mistake.',
  },
  check({ register, report, today }) {
    const date = approvalToJudge(register)?.date;
    if (!date || approvalAgeDays(date, today) >= 0) return;
    report({
      cell: approvalCell(register), column: 'approval',
      messages: {
        ky: `Бекитилген күнү (${date}) келечекте турат.`,
        ru: `Дата утверждения (${date}) ещё не наступила.`,
        en: `The approval date (${date}) is in the future.`,
      },
    });
  },
};
