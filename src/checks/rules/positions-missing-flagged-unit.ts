import type { WorkbookRule } from '../finding';
import { nameStems, namesMatch } from './shared/unit-names';
import { cellText } from '../../registers/model';

/**
 * Appendix 1 and Appendix 2 must agree (p.9): a unit whose risks make it corruption-prone should have its
 * position in the list of corruption-prone positions.
 */
export const positionsMissingFlaggedUnit: WorkbookRule = {
  id: 'positions.missing-flagged-unit',
  severity: 'warning',
  paragraph: 'p.9',
  title: { ky: 'Коррупциогендик кызмат орду 2-тиркемеде жок', ru: 'Коррупциогенной должности нет в Приложении 2', en: 'Corruption-prone unit missing from Appendix 2' },
  why: {
    ky: '9-пункт: коррупциогендик кызмат орундарынын тизмеси кызматтык иштин өзгөчөлүгүнөн, жарандар менен байланыштын интенсивдүүлүгүнөн жана чечим кабыл алуудагы эркиндиктен түзүлөт; 1-тиркемеде ушул үчөө тең көрүнгөн бөлүм 2-тиркемеде болушу керек.',
    ru: 'Пункт 9: перечень коррупциогенных должностей составляется исходя из специфики деятельности, интенсивности контактов с гражданами и свободы принятия решений; подразделение, у которого в Приложении 1 видны все три признака, должно быть в Приложении 2.',
    en: 'Paragraph 9: corruption-prone positions follow from the nature of the work, contact with citizens and freedom of decision; a unit showing all three in Appendix 1 belongs in Appendix 2.',
  },
  check({ registers, flags, report }) {
    const positionRegisters = registers.filter((r) => r.kind === 'positions');
    if (positionRegisters.length === 0) return;
    const positions = positionRegisters.flatMap((r) => r.rows);
    // A post is named by its own cell, by a unit column of its own (the unit often written once, on its
    // group's first post), or by the unit line it stands under («Отдел лицензирования» over «Начальник
    // отдела»). Unit texts and headings repeat down the list, so each text's stems are worked out once, when
    // the search first reaches it: a unit is usually found among the first posts looked at.
    const stemsByText = new Map<string, ReadonlySet<string>>();
    const stemsOf = (text: string) => {
      let stems = stemsByText.get(text);
      if (stems === undefined) stemsByText.set(text, (stems = new Set(nameStems(text))));
      return stems;
    };
    const names = (flaggedStems: readonly string[], i: number) => {
      const { heading } = positions[i];
      return namesMatch(flaggedStems, stemsOf(cellText(positions[i], 'position'))) || namesMatch(flaggedStems, stemsOf(cellText(positions[i], 'unit')))
        || (heading !== undefined && namesMatch(flaggedStems, stemsOf(heading.text)));
    };
    // Many rows share a unit: judge each unit once, and report it once, at its first flagged row. A unit
    // name repeats down the register, so its stems are worked out once per name.
    const judged = new Set<string>();
    const keys = new Map<string, string>();
    for (const flag of flags) {
      // A position flagged in Appendix 2 is there already; a unit left empty has no name to look for.
      if (flag.kind !== 'risks' || flag.position === '') continue;
      let key = keys.get(flag.position);
      if (key === undefined) keys.set(flag.position, (key = nameStems(flag.position).join(' ')));
      if (judged.has(key)) continue;
      judged.add(key);
      const flaggedStems = nameStems(flag.position);
      if (positions.some((_, i) => names(flaggedStems, i))) continue;
      report(flag.sheet, {
        cell: { address: flag.cell, row: flag.row }, column: 'unit',
        messages: {
          ky: `«${flag.position}» коррупциогендик белгилерге ээ (ыктыярдуу чечим, жарандар менен байланыш, коррупциогендик зона), бирок 2-тиркемеде мындай кызмат орду жок.`,
          ru: `«${flag.position}» имеет признаки коррупциогенности (усмотрение, контакты с гражданами, опасная зона), но в Приложении 2 такой должности нет.`,
          en: `«${flag.position}» shows all three signs (discretion, contact with citizens, a high-risk zone) but has no position in Appendix 2.`,
        },
      });
    }
  },
};
