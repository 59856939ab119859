/**
 * The three things p.9 (with p.2's definition of discretionary powers) says make a position
 * corruption-prone: freedom to decide, contact with citizens and organisations, and work in a high-risk
 * zone. Each lexicon is a start, in Kyrgyz and Russian, not a list to stop at.
 */
import type { StemPattern } from './stems';
import { StemMatcher, type StemMatch } from './stems';
import { wordsOf } from './normalize';
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

// Units, powers and functions repeat down a register: match each distinct cell text once.
const CELL_CACHE_LIMIT = 50000;
const cellCache = new Map<string, CellFactors>();

function factorsOfCell(text: string): CellFactors {
  let found = cellCache.get(text);
  if (!found) {
    found = { discretion: [], contact: [], zone: [] };
    for (const match of factorMatcher.findInWords(wordsOf(text))) {
      if (match.pattern < CONTACT_FROM) found.discretion.push(match);
      else if (match.pattern < ZONE_FROM) found.contact.push(match);
      else found.zone.push({ ...match, pattern: match.pattern - ZONE_FROM });
    }
    if (cellCache.size >= CELL_CACHE_LIMIT) cellCache.clear();
    cellCache.set(text, found);
  }
  return found;
}

/** Forget matched cells (benchmarks measure a first check). */
export function clearFactorCache(): void {
  cellCache.clear();
}

/**
 * Reads the three factors from a row's cells; the function heading above the row counts toward the
 * zone, with the heading's own words as the evidence.
 */
export function detectFactors(texts: readonly string[], heading?: { type?: FunctionType; text: string }): FactorEvidence {
  const cells = texts.filter((t) => t !== '').map(factorsOfCell);
  const zones = firstPerPattern(cells.flatMap((c) => c.zone)).map((m) => ({ zone: zonePatterns[m.pattern].zone, evidence: m.evidence }));
  const zoneIds = unique(zones.map((z) => z.zone.id));
  const zoneEvidence = zones.map((z) => z.evidence);
  const headingZone = heading?.type?.zone;
  if (headingZone !== undefined) {
    const id = `p.6/${headingZone}`;
    if (!zoneIds.includes(id)) zoneIds.push(id);
    zoneEvidence.push(heading!.text);
  }
  return {
    discretion: unique(firstPerPattern(cells.flatMap((c) => c.discretion)).map((m) => m.evidence)),
    contact: unique(firstPerPattern(cells.flatMap((c) => c.contact)).map((m) => m.evidence)),
    zone: unique(zoneEvidence),
    zoneIds,
  };
}

export function zoneById(id: string): RiskZone | undefined {
  return ALL_ZONES.find((zone) => zone.id === id);
}

/** One piece of evidence per pattern: «берүү» and «берүүнүн» in two cells of a row say the same thing. */
function firstPerPattern(matches: StemMatch[]): StemMatch[] {
  const seen = new Set<number>();
  return matches.filter((m) => !seen.has(m.pattern) && seen.add(m.pattern));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
