import type { WorkbookRule } from '../finding';

/** Corruption-prone units found but no Appendix 2 to compare them with: said once, as information. */
export const positionsRegisterAbsent: WorkbookRule = {
  id: 'positions.register-absent',
  severity: 'info',
  paragraph: 'p.11',
  title: { ky: '2-тиркеме жок', ru: 'Нет Приложения 2', en: 'No Appendix 2 to compare' },
  why: {
    ky: 'Ар бир орган эки тизмени тең жүргүзөт (11-пункт): тобокелдиктердин тизмеси жана коррупциогендик кызмат орундарынын тизмеси.',
    ru: 'Каждый орган ведёт оба перечня (пункт 11): перечень рисков и перечень коррупциогенных должностей.',
    en: 'Every body keeps both registers (paragraph 11): the list of risks and the list of corruption-prone positions.',
  },
  check({ registers, flags, report }) {
    if (registers.some((r) => r.kind === 'positions')) return;
    // With no Appendix 2, every flag is a unit of Appendix 1; one left without a name is no unit to name.
    const first = flags.find((f) => f.position !== '');
    if (!first) return;
    report(first.sheet, {
      cell: { address: first.cell, row: first.row }, column: 'unit',
      messages: {
        ky: 'Коррупциогендик бөлүмдөр табылды, бирок 2-тиркеме (коррупциогендик кызмат орундарынын тизмеги) бул файлда жок: салыштыруу мүмкүн болгон жок.',
        ru: 'Найдены коррупциогенные подразделения, но Приложения 2 (перечня коррупциогенных должностей) в этом файле нет: сверка невозможна.',
        en: 'Corruption-prone units were found, but this file has no Appendix 2 (list of corruption-prone positions) to compare them with.',
      },
    });
  },
};
