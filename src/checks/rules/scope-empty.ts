import type { RegisterRule } from '../finding';

/** Column 7 asks whether the risk can arise in other bodies (p.4); the form expects an answer. */
export const scopeEmpty: RegisterRule = {
  id: 'scope.empty',
  severity: 'warning',
  paragraph: 'p.4',
  title: { ky: '7-мамыча толтурулган эмес', ru: 'Не заполнен столбец 7', en: 'Column 7 empty' },
  why: {
    ky: '7-мамыча тобокелдик бир гана органга таандыкпы же бир нечесин камтыйбы деп сурайт; жооп чара кайда көрүлүшү керектигин көрсөтөт (14-пункт).',
    ru: 'Столбец 7 спрашивает, относится ли риск к одному органу или к нескольким; ответ показывает, где принимать меры (пункт 14).',
    en: 'Column 7 asks whether the risk is specific to this body or covers several; the answer shows where measures belong (paragraph 14).',
  },
  check({ register, report }) {
    // Appendix 2, and an Appendix 1 without column 7, give no row a scope cell.
    for (const row of register.rows) {
      const cell = row.cells.scope;
      if (!cell || cell.text !== '' || cell.error) continue;
      report({
        cell, column: 'scope',
        messages: {
          ky: 'Тобокелдик бир гана органга таандыкпы же бир нече органдын ишин камтыйбы — 7-мамыча толтурулган эмес.',
          ru: 'Не указано, относится ли риск к одному органу или к нескольким (столбец 7).',
          en: 'Column 7 is empty: say whether the risk is specific to this body or can arise in several.',
        },
      });
    }
  },
};
