/** Flat rows shared by the CSV and the workbook: one per finding, flag or file not checked, in the reader's words. */
import type { Finding, PositionFlag } from '../../checks/report';
import { evidenceText } from '../../checks/evidence-shown';
import type { UiLanguage } from '../../order281/text';
import { word, type Word } from '../strings';
import type { CheckOutput } from '../results';
import { isUnreadable } from '../results';
import { basisText, columnText } from './labels';

export interface FlatRow {
  file: string;
  sheet: string;
  cell: string;
  row: number | '';
  column: string;
  severity: string;
  basis: string;
  message: string;
  suggestion: string;
  /** The rule's id: the one code in a file for people, so a script or a filter can still pick by it. */
  rule: string;
}

export const FLAT_COLUMNS: readonly (keyof FlatRow)[] = ['file', 'sheet', 'cell', 'row', 'column', 'severity', 'basis', 'message', 'suggestion', 'rule'];

const HEADERS: Record<keyof FlatRow, Word> = {
  file: 'file',
  sheet: 'sheet',
  cell: 'cell',
  row: 'row',
  column: 'column',
  severity: 'type',
  basis: 'basis',
  message: 'message',
  suggestion: 'suggestion',
  rule: 'rule',
};

export function flatHeaders(lang: UiLanguage): string[] {
  return FLAT_COLUMNS.map((key) => word(HEADERS[key], lang));
}

export function flatRows(output: CheckOutput): FlatRow[] {
  const rows: FlatRow[] = [];
  const { lang } = output;
  for (const result of output.results) {
    if (isUnreadable(result)) {
      const { file, code, messages } = result.unreadable;
      rows.push({ file, sheet: '', cell: '', row: '', column: '', severity: word('unreadable', lang), basis: '', message: messages[lang], suggestion: '', rule: `file.${code}` });
      continue;
    }
    const file = result.report.file ?? result.file;
    for (const finding of result.report.findings) rows.push(findingRow(file, finding, lang));
    for (const flag of result.report.flags) rows.push(flagRow(file, flag, lang));
  }
  return rows;
}

function findingRow(file: string, finding: Finding, lang: UiLanguage): FlatRow {
  return {
    file,
    sheet: finding.sheet,
    cell: finding.cell,
    row: finding.row,
    column: columnText(finding.column, lang),
    severity: word(finding.severity, lang),
    basis: basisText(finding.paragraph, lang),
    message: finding.messages[lang],
    suggestion: finding.suggestion ?? '',
    rule: finding.rule,
  };
}

function flagRow(file: string, flag: PositionFlag, lang: UiLanguage): FlatRow {
  return {
    file,
    sheet: flag.sheet,
    cell: flag.cell,
    row: flag.row,
    column: columnText(flag.kind === 'positions' ? 'position' : 'unit', lang),
    severity: word('flag', lang),
    basis: basisText('p.9', lang),
    message: `${flag.position} — ${factorText(flag, lang)}`,
    suggestion: '',
    rule: 'position.flag',
  };
}

export function factorText(flag: PositionFlag, lang: UiLanguage): string {
  return (['discretion', 'contact', 'zone'] as const).map((factor) => `${word(factor, lang)}: ${evidenceText(flag.factors[factor], lang)}`).join('; ');
}
