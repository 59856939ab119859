import type { RegisterRule } from '../finding';
import { firstHeaderCell } from '../../registers/model';

/** The head of the body approves each register (p.11): no «Бекитемин» block, no approval. */
export const approvalMissing: RegisterRule = {
  id: 'approval.missing',
  severity: 'warning',
  paragraph: 'p.11',
  title: { ky: '«Бекитемин» жок', ru: 'Нет грифа «УТВЕРЖДАЮ»', en: 'No approval block' },
  why: {
    ky: '1- жана 2-тиркемелерди мамлекеттик органдын жетекчиси бекитет («Бекитемин» жана датасы); ансыз тизме бекитилген болуп эсептелбейт (11, 13-пункттар).',
    ru: 'Приложения 1 и 2 утверждает руководитель органа (блок «УТВЕРЖДАЮ» с датой); без него перечень не считается утверждённым (пункты 11, 13).',
    en: 'Appendices 1 and 2 are approved by the head of the body (the «Бекитемин» block with a date); without it the register is not approved (paragraphs 11, 13).',
  },
  check({ register, report }) {
    // A register with no rows yet (a fresh template) has nothing to approve.
    // A register continued from an earlier sheet is approved there.
    if (register.rows.length === 0 || register.approval || register.continues) return;
    report({
      cell: firstHeaderCell(register), column: 'approval',
      messages: {
        ky: '«Бекитемин» бөлүгү табылган жок: тизмени мамлекеттик органдын жетекчиси бекитет.',
        ru: 'Не найден гриф «УТВЕРЖДАЮ»: перечень утверждается руководителем государственного органа.',
        en: 'No «Бекитемин» (approval) block was found: the head of the body approves the register.',
      },
    });
  },
};
