/**
 * Appendix 1 and Appendix 2 must agree (p.9): a unit whose risks make it corruption-prone should have its
 * position in the list of corruption-prone positions. Unit and position names are written differently
 * («Соода саясатын башкаруу» / «Соода саясаты башкармалыгынын … башчысы»), so they are compared by word stems.
 */
import { foldedWords } from '../order281/normalize';
import type { Register } from '../registers/model';
import type { Finding, PositionFlag } from './report';
import { makeFinding } from './finding';

const STEM_LENGTH = 5;
/** Share of a unit's word stems that must appear in a position's name for the two to match. */
const MATCH_SHARE = 0.6;
const STOP_WORDS = new Set(['жана', 'менен', 'боюнча', 'үчүн', 'учун', 'анын', 'ичинде', 'отдел', 'бөлүм', 'болум', 'для', 'при', 'или']);

function stems(text: string): string[] {
  return [...new Set(foldedWords(text).filter((w) => w.length >= 4 && !STOP_WORDS.has(w)).map((w) => w.slice(0, STEM_LENGTH)))];
}

function namesMatch(unitStems: string[], positionStems: Set<string>): boolean {
  if (unitStems.length === 0) return false;
  const shared = unitStems.filter((s) => positionStems.has(s)).length;
  return shared / unitStems.length >= MATCH_SHARE;
}

export function crossRegisterFindings(registers: readonly Register[], flags: readonly PositionFlag[]): Finding[] {
  const positionRegisters = registers.filter((r) => r.kind === 'positions');
  const flaggedUnits = flags.filter((f) => f.kind === 'risks' && f.position !== '');
  if (flaggedUnits.length === 0) return [];
  if (positionRegisters.length === 0) {
    const first = flaggedUnits[0];
    return [makeFinding(first.sheet, {
      cell: { address: first.cell, row: first.row }, column: 'unit', severity: 'info', rule: 'positions.register-absent', paragraph: 'p.11',
      messages: {
        ky: 'Коррупциогендик бөлүмдөр табылды, бирок 2-тиркеме (коррупциогендик кызмат орундарынын тизмеги) бул файлда жок: салыштыруу мүмкүн болгон жок.',
        ru: 'Найдены коррупциогенные подразделения, но Приложения 2 (перечня коррупциогенных должностей) в этом файле нет: сверка невозможна.',
        en: 'Corruption-prone units were found, but this file has no Appendix 2 (list of corruption-prone positions) to compare them with.',
      },
    })];
  }
  const positionStems = positionRegisters.flatMap((r) => r.rows.map((row) => new Set(stems(row.cells.position?.text ?? ''))));
  // Many rows share a unit: judge each unit once, and report it once, at its first flagged row.
  const judged = new Set<string>();
  const findings: Finding[] = [];
  for (const flag of flaggedUnits) {
    const unitStems = stems(flag.position);
    const key = unitStems.join(' ');
    if (judged.has(key)) continue;
    judged.add(key);
    if (positionStems.some((p) => namesMatch(unitStems, p))) continue;
    findings.push(makeFinding(flag.sheet, {
      cell: { address: flag.cell, row: flag.row }, column: 'unit', severity: 'warning', rule: 'positions.missing-flagged-unit', paragraph: 'p.9',
      messages: {
        ky: `«${flag.position}» коррупциогендик белгилерге ээ (ыктыярдуу чечим, жарандар менен байланыш, коррупциогендик зона), бирок 2-тиркемеде мындай кызмат орду жок.`,
        ru: `«${flag.position}» имеет признаки коррупциогенности (усмотрение, контакты с гражданами, опасная зона), но в Приложении 2 такой должности нет.`,
        en: `«${flag.position}» shows all three signs (discretion, contact with citizens, a high-risk zone) but has no position in Appendix 2.`,
      },
    }));
  }
  return findings;
}
