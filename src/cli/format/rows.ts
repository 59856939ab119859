/** Flat rows shared by the CSV and the table: one per finding, flag or unreadable file. */
import type { Finding, PositionFlag } from '../../checks/report';
import type { UiLanguage } from '../../order281/text';
import { word } from '../strings';
import type { CheckOutput } from '../results';
import { isUnreadable } from '../results';

interface FlatRow {
  file: string;
  sheet: string;
  cell: string;
  row: number | '';
  column: string;
  severity: string;
  rule: string;
  paragraph: string;
  message: string;
  suggestion: string;
}

export const FLAT_COLUMNS: readonly (keyof FlatRow)[] = ['file', 'sheet', 'cell', 'row', 'column', 'severity', 'rule', 'paragraph', 'message', 'suggestion'];

export function flatRows(output: CheckOutput): FlatRow[] {
  const rows: FlatRow[] = [];
  for (const result of output.results) {
    if (isUnreadable(result)) {
      const { file, code, messages } = result.unreadable;
      rows.push({ file, sheet: '', cell: '', row: '', column: '', severity: 'error', rule: `file.${code}`, paragraph: '', message: messages[output.lang], suggestion: '' });
      continue;
    }
    const file = result.report.file ?? result.file;
    for (const finding of result.report.findings) rows.push(findingRow(file, finding, output.lang));
    for (const flag of result.report.flags) rows.push(flagRow(file, flag, output.lang));
  }
  return rows;
}

function findingRow(file: string, finding: Finding, lang: UiLanguage): FlatRow {
  return {
    file,
    sheet: finding.sheet,
    cell: finding.cell,
    row: finding.row,
    column: finding.column,
    severity: finding.severity,
    rule: finding.rule,
    paragraph: finding.paragraph,
    message: finding.messages[lang],
    suggestion: finding.suggestion ?? '',
  };
}

function flagRow(file: string, flag: PositionFlag, lang: UiLanguage): FlatRow {
  return {
    file,
    sheet: flag.sheet,
    cell: flag.cell,
    row: flag.row,
    column: flag.kind === 'positions' ? 'position' : 'unit',
    severity: 'flag',
    rule: 'position.flag',
    paragraph: 'p.9',
    message: `${word('flag', lang)}: ${flag.position} — ${factorText(flag, lang)}`,
    suggestion: '',
  };
}

export function factorText(flag: PositionFlag, lang: UiLanguage): string {
  return (['discretion', 'contact', 'zone'] as const).map((factor) => `${word(factor, lang)}: ${flag.factors[factor].join(', ')}`).join('; ');
}
