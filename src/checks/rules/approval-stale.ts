import type { RegisterRule } from '../finding';
import { approvalAgeDays, approvalCell, approvalToJudge } from './shared/approval-date';
import { APPROVAL_REVIEW } from './shared/approval-review';

/** p.13 says "at least once a year"; a leap year's extra day is not worth a warning. */
export const YEAR_DAYS = 366;

/** Registers are reviewed at least once a year (p.13): an approval older than that is out of date. */
export const approvalStale: RegisterRule = {
  id: 'approval.stale',
  severity: 'warning',
  paragraph: 'p.13',
  title: { ky: 'Бир жылдан ашык мурун бекитилген', ru: 'Утверждён более года назад', en: 'Approved over a year ago' },
  why: APPROVAL_REVIEW,
  check({ register, report, today }) {
    const date = approvalToJudge(register)?.date;
    if (!date || approvalAgeDays(date, today) <= YEAR_DAYS) return;
    report({
      cell: approvalCell(register), column: 'approval',
      messages: {
        ky: `Тизме ${date} бекитилген — бир жылдан ашык мурун. Тизмелер жылына жок дегенде бир жолу такталат (13-пункт).`,
        ru: `Перечень утверждён ${date}, больше года назад. Перечни уточняются не реже раза в год (пункт 13).`,
        en: `The register was approved on ${date}, more than a year ago. Registers are reviewed at least once a year (paragraph 13).`,
      },
    });
  },
};
