/**
 * `--format xlsx`: the summary, the findings, the flagged positions and the level × category counts, each on
 * a sheet, in the reader's words.
 */
import { writeReportWorkbook, type ReportCell, type ReportTable } from '../../xlsx/report-workbook';
import type { UiLanguage } from '../../order281/text';
import { evidenceText } from '../../checks/evidence-shown';
import { word } from '../strings';
import { isUnreadable, type CheckOutput } from '../results';
import { FLAT_COLUMNS, flatHeaders, flatRows } from './rows';
import { keyLabel } from './labels';
import { CATEGORY_KEYS, LEVEL_KEYS, type Counts, type LevelKey } from '../../checks/summary';

export function formatXlsx(output: CheckOutput): Promise<Buffer> {
  return writeReportWorkbook([summaryTable(output), findingsTable(output), flagsTable(output), levelsTable(output)]);
}

/** The heat map's numbers, one row per register and category, for a reviewer's own filters and pivots. */
function levelsTable(output: CheckOutput): ReportTable {
  const { lang } = output;
  const rows: ReportCell[][] = [];
  for (const result of output.results) {
    if (isUnreadable(result)) continue;
    for (const tally of result.tallies ?? []) {
      const file = result.report.file ?? result.file;
      const line = (appendix: string, category: string, counts: Counts<LevelKey>) => {
        const values = LEVEL_KEYS.map((level) => counts[level] ?? 0);
        rows.push([file, tally.sheet, appendix, category, ...values, values.reduce((a, b) => a + b, 0)]);
      };
      if (tally.kind === 'positions') line(word('appendix2', lang), '', tally.positionLevels);
      else for (const category of CATEGORY_KEYS) if (tally.levelByCategory[category]) line(word('appendix1', lang), keyLabel(category, lang), tally.levelByCategory[category] ?? {});
    }
  }
  const headers = [word('file', lang), word('sheet', lang), word('register', lang), word('category', lang), ...LEVEL_KEYS.map((level) => keyLabel(level, lang)), word('total', lang)];
  return { name: word('levelByCategory', lang), headers, rows };
}

function summaryTable(output: CheckOutput): ReportTable {
  const { lang } = output;
  const rows: ReportCell[][] = output.results.map((result) => {
    if (isUnreadable(result)) return [result.file, '', word('unreadable', lang), '', '', '', '', '', '', result.unreadable.messages[lang]];
    const { summary, registers } = result.report;
    const rowsOf = (kind: 'risks' | 'positions') => registers.filter((r) => r.kind === kind).reduce((n, r) => n + r.rows, 0);
    const note = registers.length === 0 ? word('noRegister', lang) : '';
    return [result.report.file ?? result.file, result.bodyName ?? '', word(summary.ready ? 'ready' : 'notReady', lang), summary.errors, summary.warnings, summary.infos, summary.flags, rowsOf('risks'), rowsOf('positions'), note];
  });
  const headers = [word('file', lang), word('body', lang), word('verdict', lang), word('error', lang), word('warning', lang), word('info', lang), word('flag', lang), rowsHeader('appendix1', lang), rowsHeader('appendix2', lang), word('reason', lang)];
  return { name: word('summary', lang), headers, rows, wrap: [1, 9] };
}

function rowsHeader(appendix: 'appendix1' | 'appendix2', lang: UiLanguage): string {
  return `${word(appendix, lang)}: ${word('row', lang).toLowerCase()}`;
}

function findingsTable(output: CheckOutput): ReportTable {
  // Flags have their own sheet and files not checked are in the summary: this sheet is the findings.
  const rows = flatRows(output).filter((row) => row.rule !== 'position.flag' && !row.rule.startsWith('file.'));
  return { name: word('findings', output.lang), headers: flatHeaders(output.lang), rows: rows.map((row) => FLAT_COLUMNS.map((key) => row[key])), wrap: [FLAT_COLUMNS.indexOf('message')] };
}

function flagsTable(output: CheckOutput): ReportTable {
  const { lang } = output;
  const rows: ReportCell[][] = [];
  for (const result of output.results) {
    if (isUnreadable(result)) continue;
    for (const flag of result.report.flags) {
      rows.push([result.report.file ?? result.file, flag.sheet, flag.cell, flag.position, ...(['discretion', 'contact', 'zone'] as const).map((factor) => evidenceText(flag.factors[factor], lang, { max: Number.POSITIVE_INFINITY }))]);
    }
  }
  const headers = [word('file', lang), word('sheet', lang), word('cell', lang), word('position', lang), word('discretion', lang), word('contact', lang), word('zone', lang)];
  return { name: word('flag', lang), headers, rows, wrap: [3] };
}
