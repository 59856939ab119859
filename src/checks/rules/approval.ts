/** The head of the body approves each register (p.11) and the lists are reviewed at least yearly (p.13). */
import type { Rule } from '../finding';
import { firstHeaderCell } from '../../registers/model';

const DAY_MS = 86400000;
/** p.13 says "at least once a year"; a leap year's extra day is not worth a warning. */
const YEAR_DAYS = 366;

export const approvalDated: Rule = ({ register, report, today }) => {
  // A register with no rows yet (a fresh template) has nothing to approve.
  if (register.rows.length === 0) return;
  const approval = register.approval;
  // Findings about the block point at the header's first cell when there is no block to point at.
  const anchor = firstHeaderCell(register);
  if (!approval) {
    report({
      cell: anchor, column: 'approval', severity: 'warning', rule: 'approval.missing', paragraph: 'p.11',
      messages: {
        ky: '«Бекитемин» бөлүгү табылган жок: тизмени мамлекеттик органдын жетекчиси бекитет.',
        ru: 'Не найден гриф «УТВЕРЖДАЮ»: перечень утверждается руководителем государственного органа.',
        en: 'No «Бекитемин» (approval) block was found: the head of the body approves the register.',
      },
    });
    return;
  }
  if (!approval.date) {
    report({
      cell: approval.dateCell ?? approval.cell, column: 'approval', severity: 'warning', rule: 'approval.undated', paragraph: 'p.11',
      messages: {
        ky: 'Бекитилген күнү көрсөтүлгөн эмес.',
        ru: 'Не указана дата утверждения.',
        en: 'The approval date is missing.',
      },
    });
    return;
  }
  const age = (Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - Date.parse(approval.date)) / DAY_MS;
  const cell = approval.dateCell ?? approval.cell;
  if (age > YEAR_DAYS) {
    report({
      cell, column: 'approval', severity: 'warning', rule: 'approval.stale', paragraph: 'p.13',
      messages: {
        ky: `Тизме ${approval.date} бекитилген — бир жылдан ашык мурун. Тизмелер жылына жок дегенде бир жолу такталат (13-пункт).`,
        ru: `Перечень утверждён ${approval.date}, больше года назад. Перечни уточняются не реже раза в год (пункт 13).`,
        en: `The register was approved on ${approval.date}, more than a year ago. Registers are reviewed at least once a year (paragraph 13).`,
      },
    });
  } else if (age < 0) {
    report({
      cell, column: 'approval', severity: 'warning', rule: 'approval.future', paragraph: 'p.11',
      messages: {
        ky: `Бекитилген күнү (${approval.date}) келечекте турат.`,
        ru: `Дата утверждения (${approval.date}) ещё не наступила.`,
        en: `The approval date (${approval.date}) is in the future.`,
      },
    });
  }
};
