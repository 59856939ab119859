/**
 * The three things p.9 (with p.2's definition of discretionary powers) says make a position
 * corruption-prone: freedom to decide, contact with citizens and organisations, and work in a high-risk
 * zone. Each lexicon is a start, in Kyrgyz and Russian, not a list to stop at.
 */
import type { StemPattern } from './stems';
import { StemMatcher, type StemMatch } from './stems';
import type { Words } from './normalize';
import { HIGH_RISK_SECTORS, HIGH_RISK_ZONES, type RiskZone } from './zones';
import type { FunctionType } from './function-types';

const p = (...stems: string[]): StemPattern => ({ stems });
const except = (pattern: StemPattern, ...prefixes: string[]): StemPattern => ({ ...pattern, except: prefixes });

export const DISCRETION_PATTERNS: readonly StemPattern[] = [
  p('чечим'), p('танд'), p('баш', 'тарт'), p('макулда'), p('бекит'), except(p('берүү'), 'берүүчү'), p('берет'), p('текшер'),
  p('айып'), p('дайында'), p('баало'), p('баа', 'бер'), p('кароо'), p('тездет'), p('кечиктир'), p('ыктыяр'),
  p('токтот'), p('жокко', 'чыгар'), p('аныкта'), p('бөлүштүр'),
  p('решени'), p('решает'), p('выда'), p('отказ'), p('согласов'), p('утвержд'), p('оцен'), p('определ'), p('рассмотр'),
  p('провер'), p('назнач'), p('штраф'), p('приостанов'), p('усмотрен'), p('отбор'), p('выбор'), p('распредел'),
  p('ускор'), p('затягив'), p('затян'), p('волокит'),
];

export const CONTACT_PATTERNS: readonly StemPattern[] = [
  p('жаран'), p('арыз'), p('кайрылуу'), p('кайрылган'), p('түздөн', 'түз'), p('байланышуу'), p('катышуучу'), p('ишкер'),
  p('юридикалык', 'жак'), p('жеке', 'жак'), p('уюм'), p('билдирүүчү'), p('өтүнмө'), p('компания'), p('жеткирүүчү'),
  p('кабыл', 'алуу', 'жай'), p('келүүчү'),
  p('гражд'), p('заявител'), p('заявлени'), p('обращени'), except(p('прием'), 'приемк'), except(p('приём'), 'приёмк'), p('посетител'),
  p('непосредственн', 'контакт'), p('участник'), p('предпринимател'), p('юридическ', 'лиц'), p('физическ', 'лиц'),
  // «организация работы» is organising work; only the plural forms name organisations as counterparts.
  p('организаций'), p('организациям'), p('организациями'), p('организациях'), p('хозяйствующ', 'субъект'), p('поставщик'), p('подрядчик'), p('населени'),
];

const ALL_ZONES: readonly RiskZone[] = [...HIGH_RISK_ZONES, ...HIGH_RISK_SECTORS];
const zonePatterns = ALL_ZONES.flatMap((zone) => zone.patterns.map((pattern) => ({ zone, pattern })));

// One matcher over all three lexicons: each word is looked up once, and the pattern's index says its factor.
const CONTACT_FROM = DISCRETION_PATTERNS.length;
const ZONE_FROM = CONTACT_FROM + CONTACT_PATTERNS.length;
const factorMatcher = new StemMatcher([...DISCRETION_PATTERNS, ...CONTACT_PATTERNS, ...zonePatterns.map((z) => z.pattern)]);

export interface FactorEvidence {
  /** Words that showed each factor, as written. */
  discretion: string[];
  contact: string[];
  zone: string[];
  /** The p.6 zones and p.7 sectors the text falls in (`p.6/9`, `p.7/2`). */
  zoneIds: string[];
}

interface CellFactors {
  discretion: StemMatch[];
  contact: StemMatch[];
  zone: StemMatch[];
}

function factorsOfCell(words: Words): CellFactors {
  const found: CellFactors = { discretion: [], contact: [], zone: [] };
  for (const match of factorMatcher.findInWords(words)) {
    if (match.pattern < CONTACT_FROM) found.discretion.push(match);
    else if (match.pattern < ZONE_FROM) found.contact.push(match);
    else found.zone.push({ ...match, pattern: match.pattern - ZONE_FROM });
  }
  return found;
}

/**
 * Reads the three factors from a row's cells (their words); the function heading above the row counts
 * toward the zone, with the heading's own words as the evidence.
 */
export function detectFactors(parts: readonly Words[], heading?: { type?: FunctionType; text: string }): FactorEvidence {
  const cells = parts.map(factorsOfCell);
  const zoneIds: string[] = [];
  const zone = collect(cells, (c) => c.zone, (m) => {
    const id = zonePatterns[m.pattern].zone.id;
    if (!zoneIds.includes(id)) zoneIds.push(id);
  });
  const headingZone = heading?.type?.zone;
  if (headingZone !== undefined) {
    if (!zoneIds.includes(headingZone)) zoneIds.push(headingZone);
    if (!zone.includes(heading!.text)) zone.push(heading!.text);
  }
  return { discretion: collect(cells, (c) => c.discretion), contact: collect(cells, (c) => c.contact), zone, zoneIds };
}

/**
 * The evidence of one factor over a row's cells: one word per pattern («берүү» and «берүүнүн» in two
 * cells say the same thing), each word once. Lists are a handful long, so arrays beat sets here.
 */
function collect(cells: CellFactors[], pick: (c: CellFactors) => StemMatch[], onMatch?: (m: StemMatch) => void): string[] {
  const evidence: string[] = [];
  const patterns: number[] = [];
  for (const cell of cells) {
    for (const match of pick(cell)) {
      if (patterns.includes(match.pattern)) continue;
      patterns.push(match.pattern);
      onMatch?.(match);
      if (!evidence.includes(match.evidence)) evidence.push(match.evidence);
    }
  }
  return evidence;
}

export function zoneById(id: string): RiskZone | undefined {
  return ALL_ZONES.find((zone) => zone.id === id);
}

