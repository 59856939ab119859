import { COLUMN_LABELS, REQUIRED_COLUMNS, appendixOf } from '../columns';
import type { RegisterRule } from '../finding';
import { firstHeaderCell } from '../../registers/model';

/** The Order's form fixes each register's columns (Appendix 1, Appendix 2): one missing loses what it asks for. */
export const headerMissingColumn: RegisterRule = {
  id: 'header.missing-column',
  severity: 'error',
  paragraph: ({ kind }) => appendixOf(kind),
  title: { ky: 'Мамыча жок', ru: 'Нет столбца', en: 'Missing column' },
  why: {
    ky: 'Буйруктун формасы ар бир тизменин мамычаларын аныктайт; мамыча жок болсо, Буйрук талап кылган маалыматтын бир бөлүгү жазылбай калат.',
    ru: 'Форма распоряжения задаёт столбцы каждого перечня; без столбца часть требуемых сведений не отражена.',
    en: "The Order's form fixes each register's columns; without a column, part of what the Order asks for is not recorded.",
  },
  check({ register, report }) {
    const header = firstHeaderCell(register);
    for (const { column } of REQUIRED_COLUMNS[register.kind]) {
      if (register.columns[column] !== undefined) continue;
      const label = COLUMN_LABELS[column];
      report({
        cell: header, column: 'header',
        messages: {
          ky: `Тизмеде «${label.ky}» мамычасы жок.`,
          ru: `В перечне нет столбца «${label.ru}».`,
          en: `The register has no «${label.en}» column.`,
        },
      });
    }
  },
};
