import type { RegisterRule } from '../finding';
import { approvalCell, approvalToJudge } from './shared/approval-date';
import { APPROVAL_REVIEW } from './shared/approval-review';

/** An approval block whose date is blank or unreadable (p.11: the head approves, and dates it). */
export const approvalUndated: RegisterRule = {
  id: 'approval.undated',
  severity: 'warning',
  paragraph: 'p.11',
  title: { ky: 'Бекитилген күнү жок', ru: 'Нет даты утверждения', en: 'Approval undated' },
  why: APPROVAL_REVIEW,
  check({ register, report }) {
    const approval = approvalToJudge(register);
    if (!approval || approval.date) return;
    report({
      cell: approvalCell(register), column: 'approval',
      messages: {
        ky: 'Бекитилген күнү көрсөтүлгөн эмес.',
        ru: 'Не указана дата утверждения.',
        en: 'The approval date is missing.',
      },
    });
  },
};
