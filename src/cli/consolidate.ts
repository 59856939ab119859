/**
 * The reviewer's view of many registers at once: per body, how its risks spread over levels, categories
 * and function types, and which risks several bodies name (p.4 column 7 asks whether a risk covers
 * several bodies; seeing it across submissions is what a reviewer of fifty registers is for).
 */
import path from 'path';
import { foldedWords } from '../order281/normalize';
import type { Report } from '../checks/report';
import { addCounts, addTally, emptyTally, tallyRegister, type CategoryKey, type Counts, type FunctionKey, type LevelKey, type Tally } from '../checks/summary';
import { cellText, type Register } from '../registers/model';

export type { CategoryKey, FunctionKey, LevelKey };

export interface BodySummary {
  body: string;
  files: string[];
  ready: boolean;
  errors: number;
  warnings: number;
  /** Corruption-prone positions flagged (p.9). */
  flags: number;
  /** Rows of Appendix 1 and Appendix 2 registers. */
  risks: number;
  positions: number;
  /** Levels of both registers; categories and function types exist only in Appendix 1. */
  byLevel: Counts<LevelKey>;
  byCategory: Counts<CategoryKey>;
  byFunctionType: Counts<FunctionKey>;
}

export interface SharedRisk {
  /** The text as the first body wrote it. */
  risk: string;
  bodies: string[];
  occurrences: { body: string; file: string; sheet: string; row: number }[];
}

export interface Consolidation {
  bodies: BodySummary[];
  sharedRisks: SharedRisk[];
}

export interface CheckedFile {
  file: string;
  report: Report;
  registers: Register[];
}

/** A body is named by its file: reviewers receive one file per body, named after it. */
export function bodyName(file: string): string {
  return path.basename(file).replace(/\.xlsx$/i, '');
}

/**
 * Takes each checked file as it comes, so a batch keeps running totals rather than every file's registers
 * until the end.
 */
export class Consolidator {
  private readonly bodies = new Map<string, BodySummary>();
  private readonly risks = new Map<string, SharedRisk>();
  /** Each body's full tally (the level × category table too), for the reports; the JSON keeps BodySummary's fields. */
  private readonly tallies = new Map<string, Tally>();

  constructor(private readonly nameOf: (file: string) => string) {}

  add({ file, report, registers }: CheckedFile): void {
    const body = this.nameOf(file);
    const summary = this.bodies.get(body) ?? emptySummary(body);
    this.bodies.set(body, summary);
    summary.files.push(file);
    summary.ready = summary.ready && report.summary.ready;
    summary.errors += report.summary.errors;
    summary.warnings += report.summary.warnings;
    summary.flags += report.summary.flags;
    const tally = this.tallies.get(body) ?? emptyTally();
    this.tallies.set(body, tally);
    for (const register of registers) {
      const counted = tallyRegister(register);
      addTally(tally, counted);
      summary.risks += counted.risks;
      summary.positions += counted.positions;
      addCounts(summary.byLevel, counted.byLevel);
      addCounts(summary.byCategory, counted.byCategory);
      addCounts(summary.byFunctionType, counted.byFunctionType);
      for (const row of register.rows) {
        const text = cellText(row, 'risk');
        const key = riskKey(text);
        if (key === '') continue;
        const shared = this.risks.get(key) ?? { risk: text, bodies: [], occurrences: [] };
        this.risks.set(key, shared);
        if (!shared.bodies.includes(body)) shared.bodies.push(body);
        shared.occurrences.push({ body, file, sheet: register.sheet, row: row.row });
      }
    }
  }

  /** Each body's tally, in the order the bodies were first met. */
  bodyTallies(): Map<string, Tally> {
    return new Map(this.tallies);
  }

  result(): Consolidation {
    const sharedRisks = [...this.risks.values()]
      .filter((risk) => risk.bodies.length > 1)
      .sort((a, b) => b.bodies.length - a.bodies.length || a.risk.localeCompare(b.risk));
    return { bodies: [...this.bodies.values()], sharedRisks };
  }
}

/**
 * Two bodies rarely type a shared risk identically: case, spacing, footnote marks, Latin look-alikes,
 * missing Kyrgyz letters, punctuation and word order differ. The key is the folded words, sorted.
 */
export function riskKey(text: string): string {
  return [...new Set(foldedWords(text))].sort().join(' ');
}

function emptySummary(body: string): BodySummary {
  return { body, files: [], ready: true, errors: 0, warnings: 0, flags: 0, risks: 0, positions: 0, byLevel: {}, byCategory: {}, byFunctionType: {} };
}
