import type { WorkbookRule } from '../finding';
import { nameStems, namesMatch } from './shared/unit-names';
import { cellText, type Heading } from '../../registers/model';

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
    // A unit is usually found among the first positions looked at: each position's stems are worked out
    // when the search first reaches it, not for the whole list up front.
    const positions = positionRegisters.flatMap((r) => r.rows);
    const positionStems: Array<ReadonlySet<string> | undefined> = [];
    const stemsOfPosition = (i: number) => (positionStems[i] ??= new Set(nameStems(cellText(positions[i], 'position'))));
    // Appendix 2 may list positions under a line naming their unit («Отдел лицензирования» over «Начальник
    // отдела», «Главный специалист»): the position's own cell then names no unit, its heading does. Many
    // rows share a heading, so its stems are worked out once.
    const headingStems = new Map<Heading, ReadonlySet<string>>();
    const stemsOfHeading = (heading: Heading) => {
      let stems = headingStems.get(heading);
      if (stems === undefined) headingStems.set(heading, (stems = new Set(nameStems(heading.text))));
      return stems;
    };
    // Or in a unit column of its own, the unit often written once, on its group's first post.
    const unitStems: Array<ReadonlySet<string> | undefined> = [];
    const stemsOfUnit = (i: number) => (unitStems[i] ??= new Set(nameStems(cellText(positions[i], 'unit'))));
    const names = (flaggedStems: readonly string[], i: number) => {
      const heading = positions[i].heading;
      return namesMatch(flaggedStems, stemsOfPosition(i)) || namesMatch(flaggedStems, stemsOfUnit(i))
        || (heading !== undefined && namesMatch(flaggedStems, stemsOfHeading(heading)));
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
