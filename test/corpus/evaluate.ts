/**
 * The measurement of issue 12: the factor matcher and the position flag, on the corpus of published texts
 * labelled by hand (README.md beside this file). Every source file is read and its shape checked; each
 * entry is put to the matcher as a position row's cells (text, powers, risk) and the answer compared with
 * the labels. The corpus test and `npm run bench -- --json` both read their figures from here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { detectFactors, zoneById, type FactorEvidence } from '../../src/order281/factors';

export const SOURCES_DIR = path.join(__dirname, 'sources');

export type Measured = 'discretion' | 'contact' | 'zone' | 'flag';
export const MEASURED: readonly Measured[] = ['discretion', 'contact', 'zone', 'flag'];

export interface CorpusEntry {
  id: string;
  lang: 'ky' | 'ru';
  kind: 'function' | 'risk' | 'position';
  text: string;
  powers?: string;
  risk?: string;
  labels: {
    discretion: boolean;
    contact: boolean;
    zones: string[];
    flag?: boolean;
    evidence?: Partial<Record<'discretion' | 'contact' | 'zone', string[]>>;
  };
  note?: string;
}

export interface CorpusFile {
  file: string;
  entries: CorpusEntry[];
}

export interface Corpus {
  files: CorpusFile[];
  /** What is wrong with a file's shape, one line each, naming the file and the entry. */
  problems: string[];
}

const KINDS = ['function', 'risk', 'position'];
const LANGS = ['ky', 'ru'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Checks one entry against the format of README.md; returns its problems. */
export function entryProblems(entry: unknown, file: string, at: number): string[] {
  const where = `${file} entry ${at + 1}`;
  if (!isObject(entry)) return [`${where}: not an object`];
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${where}${isText(entry.id) ? ` (${entry.id})` : ''}: ${what}`);
  if (!isText(entry.id)) say('no id');
  if (!LANGS.includes(entry.lang as string)) say(`lang must be ky or ru, not ${JSON.stringify(entry.lang)}`);
  if (!KINDS.includes(entry.kind as string)) say(`kind must be function, risk or position, not ${JSON.stringify(entry.kind)}`);
  if (!isText(entry.text)) say('no text');
  for (const optional of ['powers', 'risk', 'note'] as const) {
    if (entry[optional] !== undefined && typeof entry[optional] !== 'string') say(`${optional} must be text`);
  }
  const labels = entry.labels;
  if (!isObject(labels)) {
    say('no labels');
    return problems;
  }
  for (const factor of ['discretion', 'contact'] as const) if (typeof labels[factor] !== 'boolean') say(`labels.${factor} must be true or false`);
  if (!Array.isArray(labels.zones)) say('labels.zones must be a list');
  else for (const id of labels.zones) if (typeof id !== 'string' || !zoneById(id)) say(`labels.zones: no zone ${JSON.stringify(id)}`);
  if (entry.kind === 'position' && typeof labels.flag !== 'boolean') say('labels.flag must be true or false for a position');
  if (labels.flag !== undefined && typeof labels.flag !== 'boolean') say('labels.flag must be true or false');
  if (labels.evidence !== undefined) {
    if (!isObject(labels.evidence)) say('labels.evidence must be an object');
    else {
      const cells = [entry.text, entry.powers, entry.risk].filter(isText).join('\n');
      for (const [factor, quotes] of Object.entries(labels.evidence)) {
        if (!['discretion', 'contact', 'zone'].includes(factor)) say(`labels.evidence: no factor ${factor}`);
        else if (!Array.isArray(quotes) || !quotes.every(isText)) say(`labels.evidence.${factor} must be a list of quotes`);
        else for (const quote of quotes) if (!cells.includes(quote)) say(`labels.evidence.${factor}: «${quote}» is not in the entry's text`);
      }
    }
  }
  return problems;
}

/** Reads and checks every `*.json` of the directory. */
export function loadCorpus(dir = SOURCES_DIR): Corpus {
  const corpus: Corpus = { files: [], problems: [] };
  if (!fs.existsSync(dir)) return corpus;
  const seen = new Set<string>();
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      corpus.problems.push(`${name}: not JSON (${(error as Error).message})`);
      continue;
    }
    if (!isObject(data) || !isObject(data.source) || !isText(data.source.url) || !isText(data.source.title)) {
      corpus.problems.push(`${name}: source.url and source.title are required`);
      continue;
    }
    if (!Array.isArray(data.entries) || data.entries.length === 0) {
      corpus.problems.push(`${name}: no entries`);
      continue;
    }
    const entries: CorpusEntry[] = [];
    data.entries.forEach((entry: unknown, at: number) => {
      const problems = entryProblems(entry, name, at);
      corpus.problems.push(...problems);
      if (problems.length > 0) return;
      const good = entry as CorpusEntry;
      if (seen.has(good.id)) corpus.problems.push(`${name}: id ${good.id} is used twice`);
      seen.add(good.id);
      entries.push(good);
    });
    corpus.files.push({ file: name, entries });
  }
  return corpus;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
}

export interface Miss {
  id: string;
  measured: Measured;
  expected: boolean;
  /** The phrases the matcher found for the factor (for a false alarm: what misled it). */
  found: readonly string[];
  text: string;
}

export interface Evaluation {
  entries: number;
  scores: Record<Measured, Score>;
  /** Among entries both labelled and found in some zone: the share where a found zone is a labelled one. */
  zoneIdAgreement: number;
  misses: Miss[];
}

/** What the matcher says of one entry, read as a position row's three cells. */
export function matchEntry(entry: CorpusEntry): FactorEvidence {
  return detectFactors([entry.text, entry.powers ?? '', entry.risk ?? '']);
}

function score(pairs: Array<[boolean, boolean]>): Score {
  const count = (expected: boolean, got: boolean) => pairs.filter(([e, g]) => e === expected && g === got).length;
  const truePositives = count(true, true);
  const falsePositives = count(false, true);
  const falseNegatives = count(true, false);
  return {
    truePositives, falsePositives, falseNegatives, trueNegatives: count(false, false),
    // Nothing claimed is nothing claimed wrongly; nothing to find is nothing missed.
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
  };
}

export function evaluate(entries: readonly CorpusEntry[]): Evaluation {
  const pairs: Record<Measured, Array<[boolean, boolean]>> = { discretion: [], contact: [], zone: [], flag: [] };
  const misses: Miss[] = [];
  let zoneBoth = 0;
  let zoneAgree = 0;
  for (const entry of entries) {
    const found = matchEntry(entry);
    const got: Record<Measured, boolean> = {
      discretion: found.discretion.length > 0,
      contact: found.contact.length > 0,
      zone: found.zoneIds.length > 0,
      flag: found.discretion.length > 0 && found.contact.length > 0 && found.zoneIds.length > 0,
    };
    const expected: Partial<Record<Measured, boolean>> = {
      discretion: entry.labels.discretion,
      contact: entry.labels.contact,
      zone: entry.labels.zones.length > 0,
      flag: entry.labels.flag,
    };
    for (const measured of MEASURED) {
      const want = expected[measured];
      if (want === undefined) continue;
      pairs[measured].push([want, got[measured]]);
      if (want !== got[measured]) {
        const evidence = measured === 'flag' ? [...found.discretion, ...found.contact, ...found.zone] : found[measured];
        misses.push({ id: entry.id, measured, expected: want, found: evidence, text: [entry.text, entry.powers, entry.risk].filter(Boolean).join(' | ') });
      }
    }
    if (entry.labels.zones.length > 0 && found.zoneIds.length > 0) {
      zoneBoth += 1;
      if (found.zoneIds.some((id) => entry.labels.zones.includes(id))) zoneAgree += 1;
    }
  }
  return {
    entries: entries.length,
    scores: { discretion: score(pairs.discretion), contact: score(pairs.contact), zone: score(pairs.zone), flag: score(pairs.flag) },
    zoneIdAgreement: zoneBoth === 0 ? 1 : zoneAgree / zoneBoth,
    misses,
  };
}

/** A miss as one line: which entry, which factor, what was expected and what the matcher read. */
export function describeMiss(miss: Miss): string {
  const what = miss.expected ? 'missed' : `false alarm on ${miss.found.map((f) => `«${f}»`).join(', ')}`;
  return `${miss.id} ${miss.measured}: ${what} — ${miss.text.slice(0, 160)}`;
}
