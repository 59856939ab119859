/**
 * The reviewer's view of many registers at once: per body, how its risks spread over levels, categories
 * and function types, and which risks several bodies name (p.4 column 7 asks whether a risk covers
 * several bodies; seeing it across submissions is what a reviewer of fifty registers is for).
 */
import path from 'path';
import { foldedWords } from '../order281/normalize';
import { CATEGORIES, LEVELS, recognize, type CategoryId, type LevelId } from '../order281/vocabulary';
import type { FunctionTypeId } from '../order281/function-types';
import type { Report } from '../checks/report';
import { cellText, type Register } from '../registers/model';

export type LevelKey = LevelId | 'empty' | 'unrecognised';
export type CategoryKey = CategoryId | 'empty' | 'unrecognised';
export type FunctionKey = FunctionTypeId | 'other' | 'none';

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
  byLevel: Partial<Record<LevelKey, number>>;
  byCategory: Partial<Record<CategoryKey, number>>;
  byFunctionType: Partial<Record<FunctionKey, number>>;
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
    for (const register of registers) {
      for (const row of register.rows) {
        const levelText = cellText(row, 'level');
        bump(summary.byLevel, vocabularyKey(levelText, LEVELS, register));
        if (register.kind === 'risks') {
          summary.risks += 1;
          bump(summary.byCategory, vocabularyKey(cellText(row, 'category'), CATEGORIES, register));
          bump(summary.byFunctionType, row.heading ? (row.heading.functionType?.id ?? 'other') : 'none');
        } else {
          summary.positions += 1;
        }
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

function vocabularyKey<Id extends string>(text: string, entries: Parameters<typeof recognize<Id>>[1], register: Register): Id | 'empty' | 'unrecognised' {
  if (text.trim() === '') return 'empty';
  const recognition = recognize(text, entries, register.language);
  return recognition.kind === 'exact' || recognition.kind === 'variant' ? recognition.id : 'unrecognised';
}

function bump<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function emptySummary(body: string): BodySummary {
  return { body, files: [], ready: true, errors: 0, warnings: 0, flags: 0, risks: 0, positions: 0, byLevel: {}, byCategory: {}, byFunctionType: {} };
}
