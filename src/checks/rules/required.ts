/** Cells the form requires (footnotes *, **, p.4), the column-7 question, and cells holding Excel errors. */
import { COLUMN_LABELS, REQUIRED_COLUMNS, appendixOf } from '../columns';
import type { Rule } from '../finding';
import { firstHeaderCell } from '../../registers/model';
import type { RegisterColumn } from '../../registers/kinds';

export const requiredColumnsPresent: Rule = ({ register, report }) => {
  const header = firstHeaderCell(register);
  for (const { column } of REQUIRED_COLUMNS[register.kind]) {
    if (register.columns[column] !== undefined) continue;
    const label = COLUMN_LABELS[column];
    report({
      cell: header, column: 'header', severity: 'error', rule: 'header.missing-column', paragraph: appendixOf(register.kind),
      messages: {
        ky: `Тизмеде «${label.ky}» мамычасы жок.`,
        ru: `В перечне нет столбца «${label.ru}».`,
        en: `The register has no «${label.en}» column.`,
      },
    });
  }
};

export const requiredCells: Rule = ({ register, report }) => {
  for (const row of register.rows) {
    for (const { column, paragraph } of REQUIRED_COLUMNS[register.kind]) {
      const cell = row.cells[column];
      if (!cell || cell.text !== '' || cell.error) continue;
      const label = COLUMN_LABELS[column];
      report({
        cell, column, severity: 'error', rule: 'required.empty', paragraph,
        messages: {
          ky: `Милдеттүү уяча толтурулган эмес: ${label.ky}.`,
          ru: `Не заполнена обязательная ячейка: ${label.ru}.`,
          en: `Required cell is empty: ${label.en}.`,
        },
      });
    }
  }
};

/** Column 7 asks whether the risk can arise in other bodies (p.4); the form expects an answer. */
export const scopeAnswered: Rule = ({ register, report }) => {
  if (register.kind !== 'risks' || register.columns.scope === undefined) return;
  for (const row of register.rows) {
    const cell = row.cells.scope;
    if (!cell || cell.text !== '' || cell.error) continue;
    report({
      cell, column: 'scope', severity: 'warning', rule: 'scope.empty', paragraph: 'p.4',
      messages: {
        ky: 'Тобокелдик бир гана органга таандыкпы же бир нече органдын ишин камтыйбы — 7-мамыча толтурулган эмес.',
        ru: 'Не указано, относится ли риск к одному органу или к нескольким (столбец 7).',
        en: 'Column 7 is empty: say whether the risk is specific to this body or can arise in several.',
      },
    });
  }
};

export const noErrorValues: Rule = ({ register, report }) => {
  for (const row of register.rows) {
    for (const [column, cell] of Object.entries(row.cells) as [RegisterColumn, typeof row.cells.risk][]) {
      if (!cell?.error) continue;
      report({
        cell, column, severity: 'error', rule: 'cell.error-value', paragraph: appendixOf(register.kind),
        messages: {
          ky: `Уячада формуланын катасы бар (${cell.error}): маанини текшериңиз.`,
          ru: `В ячейке ошибка формулы (${cell.error}): проверьте значение.`,
          en: `The cell holds a formula error (${cell.error}): fix the value.`,
        },
      });
    }
  }
};
