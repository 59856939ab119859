/**
 * The report: the public JSON interface described in docs/report-format.md. Field names here are a contract
 * with reviewers' scripts; add fields, never rename or remove one.
 */
import type { Localized, RegisterLanguage } from '../order281/text';
import type { RegisterColumn, RegisterKind } from '../registers/kinds';

export type Severity = 'error' | 'warning' | 'info';

export interface RegisterSummary {
  sheet: string;
  kind: RegisterKind;
  language: RegisterLanguage;
  headerRow: number;
  rows: number;
  /** Approval date read from the «Бекитемин» block, ISO `YYYY-MM-DD`, when one is there. */
  approvalDate?: string;
}

export interface Finding {
  sheet: string;
  cell: string;
  row: number;
  column: RegisterColumn | 'approval' | 'heading' | 'header';
  severity: Severity;
  rule: string;
  /** The Order's paragraph or footnote the rule rests on: `p.4`, `footnote **`. */
  paragraph: string;
  /** English message, for tools that read the JSON. */
  message: string;
  messages: Localized;
  /** The canonical value for a recognisable variant. */
  suggestion?: string;
  /** When the finding covers several cells (a run of empty rows), all of them, A1 style: `A10:A14`. */
  range?: string;
}

export type Factor = 'discretion' | 'contact' | 'zone';

export interface PositionFlag {
  sheet: string;
  row: number;
  cell: string;
  /** Which register the flag was raised in. */
  kind: RegisterKind;
  position: string;
  factors: Record<Factor, readonly string[]>;
  /** The p.6 zones and p.7 sectors behind the zone factor (`p.6/9`, `p.7/2`). */
  zones: readonly string[];
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  infos: number;
  flags: number;
  ready: boolean;
}

export interface Report {
  file?: string;
  registers: RegisterSummary[];
  findings: Finding[];
  flags: PositionFlag[];
  summary: ReportSummary;
  /** What an older host could not do during this operation. */
  skipped?: SkippedFeature[];
}

/** A feature the host could not provide (an older Excel), reported rather than failing. */
export interface SkippedFeature {
  feature: 'dropdowns' | 'marks' | 'print' | 'freeze' | 'layout';
  /** The requirement set that was missing, e.g. `ExcelApi 1.8`. */
  requirement: string;
  messages: Localized;
}
