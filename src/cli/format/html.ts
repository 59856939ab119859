/**
 * A report to hand to a head of body: one self-contained page (no scripts, no external files, every value
 * escaped) that opens offline and prints on A4. The verdict and the counts come first, then each file's
 * findings; every table has its header row.
 */
import type { PositionFlag, Report } from '../../checks/report';
import { evidenceText } from '../../checks/evidence-shown';
import { CATEGORY_KEYS, LEVEL_KEYS, sumTallies, type CategoryKey, type Counts, type LevelKey, type Tally } from '../../checks/summary';
import type { UiLanguage } from '../../order281/text';
import { amount, counted, dayText, word } from '../strings';
import type { CheckedResult, CheckOutput } from '../results';
import { isUnreadable, unreadableResults } from '../results';
import type { Consolidation } from '../consolidate';
import { verdictLine } from './table';
import { basisText, keyLabel, registerText } from './labels';
import { REPORT_STYLE } from './html-style';

function h(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

type Cell = string | { html: string; className?: string };

/** A table with its header row; cells are text (escaped here) or ready HTML. */
function table(headers: readonly string[], rows: readonly Cell[][], className = ''): string {
  const cell = (tag: 'td' | 'th', value: Cell) => (typeof value === 'string' ? `<${tag}>${h(value)}</${tag}>` : `<${tag}${value.className ? ` class="${value.className}"` : ''}>${value.html}</${tag}>`);
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${headers.map((header) => cell('th', header)).join('')}</tr></thead>
<tbody>${rows.map((row) => `<tr>${row.map((value) => cell('td', value)).join('')}</tr>`).join('\n')}</tbody></table>`;
}

export function formatHtml(output: CheckOutput): string {
  const { lang } = output;
  const checked = output.results.filter((result): result is CheckedResult => !isUnreadable(result));
  const unread = unreadableResults(output.results);
  const bodyNames = [...new Set(checked.map((result) => result.bodyName).filter((name): name is string => Boolean(name)))];
  const title = bodyNames.length === 1 ? bodyNames[0] : word('checkTitle', lang);
  const today = output.today ?? new Date();
  const sections = [
    `<header><p class="order">${h(word('order', lang))}</p>
<h1>${h(title)}</h1>
<p class="meta">${bodyNames.length === 1 ? `${h(word('checkTitle', lang))} · ` : ''}${h(word('checkedOn', lang))}: ${h(dayText(today))} · ${h(word('filesChecked', lang))}: ${checked.length}${unread.length ? ` · ${h(word('notChecked', lang))}: ${unread.length}` : ''}</p></header>`,
    overview(output, checked, lang),
    ...(output.consolidation ? [consolidationSection(output, output.consolidation, lang)] : []),
    ...checked.map((result) => reportSection(result, lang, checked.length > 1)),
    ...(output.consolidation ? [sharedSection(output.consolidation, lang)] : []),
  ];
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(`${title} — ${word('checkTitle', lang)}, ${dayText(today)}`)}</title><style>${REPORT_STYLE}</style></head>
<body>
${sections.join('\n')}
<footer>${h(word('madeBy', lang))} · ${h(dayText(today))}</footer>
</body></html>
`;
}

/** The verdict first: one line for one file, a table of every file for several, and what was not checked. */
function overview(output: CheckOutput, checked: readonly CheckedResult[], lang: UiLanguage): string {
  const unread = unreadableResults(output.results);
  const parts: string[] = [];
  if (checked.length === 1 && unread.length === 0) {
    const { report } = checked[0];
    parts.push(`<p class="verdict ${report.summary.ready ? 'ready' : 'not-ready'}">${h(verdictLine(report, lang))}</p>`);
  } else {
    const ready = checked.filter((result) => result.report.summary.ready).length;
    parts.push(`<p class="verdict ${ready === checked.length && unread.length === 0 ? 'ready' : 'not-ready'}">${h(word('ready', lang))}: ${ready} / ${checked.length + unread.length}</p>`);
    const headers = [word('file', lang), word('body', lang), word('verdict', lang), word('error', lang), word('warning', lang), word('info', lang), word('flag', lang)];
    const rows: Cell[][] = checked.map(({ report, file, bodyName }) => [
      report.file ?? file,
      bodyName ?? '',
      verdictCell(report.summary.ready, lang),
      num(report.summary.errors),
      num(report.summary.warnings),
      num(report.summary.infos),
      num(report.summary.flags),
    ]);
    parts.push(table(headers, rows, 'overview'));
  }
  if (unread.length > 0) {
    parts.push(`<h2>${h(word('notChecked', lang))}: ${h(amount(unread.length, 'files', lang))}</h2>`);
    parts.push(table([word('file', lang), word('reason', lang)], unread.map(({ file, unreadable }) => [file, withoutFile(unreadable.messages[lang], file)]), 'unread'));
  }
  return `<section class="overview">${parts.join('\n')}</section>`;
}

/** The reasons name their file for a terminal; in a table the file has its own column. */
function withoutFile(message: string, file: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

function verdictCell(ready: boolean, lang: UiLanguage): Cell {
  return { html: h(word(ready ? 'ready' : 'notReady', lang)), className: ready ? 'ready' : 'not-ready' };
}

function num(n: number): Cell {
  return { html: String(n), className: n === 0 ? 'num zero' : 'num' };
}

function reportSection(result: CheckedResult, lang: UiLanguage, several: boolean): string {
  const { report } = result;
  const file = report.file ?? result.file;
  const parts = [`<h2>${h(file)}</h2>`];
  if (several) parts.push(`<p class="verdict ${report.summary.ready ? 'ready' : 'not-ready'}">${h(verdictLine(report, lang))}</p>`);
  if (result.bodyName && several) parts.push(`<p class="body-name">${h(result.bodyName)}</p>`);
  parts.push(`<ul class="registers">${(report.registers.length === 0 ? [word('noRegister', lang)] : report.registers.map((r) => registerText(r, lang))).map((line) => `<li>${h(line)}</li>`).join('')}</ul>`);
  for (const tally of result.tallies ?? []) {
    if (tally.risks + tally.positions === 0) continue;
    parts.push(`<h3>${h(word(tally.kind === 'risks' ? 'risksRegister' : 'positionsRegister', lang))} — «${h(tally.sheet)}»</h3>`, heatMap(tally, lang));
  }
  if (report.findings.length > 0) parts.push(`<h3>${h(word('findings', lang))}: ${report.findings.length}</h3>`, findingsTable(report, lang));
  if (report.flags.length > 0) {
    parts.push(`<h3>${h(word('flagsHeading', lang))}: ${report.flags.length}</h3>`);
    const rows: Cell[][] = report.flags.map((flag) => [flag.sheet, flag.cell, flag.position, { html: factorLines(flag, lang) }]);
    parts.push(table([word('sheet', lang), word('cell', lang), word('position', lang), word('signs', lang)], rows, 'flags'));
  }
  return `<section class="file">${parts.join('\n')}</section>`;
}

/** Each of p.9's three signs on its own line, with the words of the row that showed it. */
function factorLines(flag: PositionFlag, lang: UiLanguage): string {
  return (['discretion', 'contact', 'zone'] as const).map((factor) => `<b>${h(word(factor, lang))}:</b> ${h(evidenceText(flag.factors[factor], lang))}`).join('<br>');
}

function findingsTable(report: Report, lang: UiLanguage): string {
  const rows: Cell[][] = report.findings.map((finding) => {
    const message = finding.messages[lang];
    // The suggestion once: most messages already name the value they suggest.
    const suggestion = finding.suggestion && !message.includes(finding.suggestion) ? `<br><span class="suggestion">${h(word('suggestion', lang))}: ${h(finding.suggestion)}</span>` : '';
    return [finding.sheet, finding.range ?? finding.cell, { html: h(word(finding.severity, lang)), className: `severity ${finding.severity}` }, { html: `${h(message)}${suggestion}` }, basisText(finding.paragraph, lang)];
  });
  return table([word('sheet', lang), word('cell', lang), word('type', lang), word('message', lang), word('basis', lang)], rows, 'findings');
}

/**
 * Rows by category (Appendix 1; Appendix 2 has none, so one row), columns by level, each cell shaded in
 * its level's colour as strongly as its share of the largest count. Empty and unrecognised values get a
 * row or column only when some row has them.
 */
function heatMap(tally: Tally, lang: UiLanguage): string {
  const grid: Partial<Record<CategoryKey | 'positions', Counts<LevelKey>>> = tally.risks > 0 ? { ...tally.levelByCategory } : {};
  if (tally.positions > 0) grid.positions = tally.positionLevels;
  const rowKeys = [...CATEGORY_KEYS.filter((key) => grid[key] !== undefined || (tally.risks > 0 && !['empty', 'unrecognised'].includes(key))), ...(grid.positions ? ['positions' as const] : [])];
  const levels = LEVEL_KEYS.filter((level) => !['empty', 'unrecognised'].includes(level) || rowKeys.some((key) => grid[key]?.[level]));
  const max = Math.max(1, ...rowKeys.flatMap((key) => levels.map((level) => grid[key]?.[level] ?? 0)));
  const rowLabel = (key: CategoryKey | 'positions') => (key === 'positions' ? word('appendix2', lang) : keyLabel(key, lang));
  const rows: Cell[][] = rowKeys.map((key) => {
    const counts = grid[key] ?? {};
    const total = levels.reduce((sum, level) => sum + (counts[level] ?? 0), 0);
    return [rowLabel(key), ...levels.map((level) => heatCell(counts[level] ?? 0, level, max)), { html: String(total), className: 'num total' }];
  });
  const totals = levels.map((level) => rowKeys.reduce((sum, key) => sum + (grid[key]?.[level] ?? 0), 0));
  rows.push([{ html: h(word('total', lang)), className: 'total' }, ...totals.map((n) => ({ html: String(n), className: 'num total' })), { html: String(totals.reduce((a, b) => a + b, 0)), className: 'num total' }]);
  const corner = tally.risks > 0 ? `${word('category', lang)} \\ ${word('level', lang)}` : word('level', lang);
  return table([corner, ...levels.map((level) => keyLabel(level, lang)), word('total', lang)], rows, 'heat');
}

function heatCell(n: number, level: LevelKey, max: number): Cell {
  if (n === 0) return { html: '0', className: 'num zero' };
  // Steps of a fifth, so a printed page shows the difference and the class names stay few.
  const step = Math.max(1, Math.ceil((n / max) * 5));
  return { html: String(n), className: `num heat-${level} s${step}` };
}

/** Per body and in total: the same table, from the bodies' tallies. */
function consolidationSection(output: CheckOutput, consolidation: Consolidation, lang: UiLanguage): string {
  const tallies = output.bodyTallies ?? new Map<string, Tally>();
  const parts = [`<h2>${h(word('summary', lang))}: ${h(amount(consolidation.bodies.length, 'bodies', lang))}</h2>`];
  const total = sumTallies([...tallies.values()]);
  parts.push(`<h3>${h(word('allBodies', lang))}</h3>`, heatMap(total, lang));
  for (const body of consolidation.bodies) {
    const tally = tallies.get(body.body);
    parts.push(
      `<h3>${h(word('body', lang))}: ${h(body.body)}</h3>`,
      `<p class="${body.ready ? 'ready' : 'not-ready'}">${h(word(body.ready ? 'ready' : 'notReady', lang))} (${h(counted(lang, ['errors', body.errors], ['warnings', body.warnings], ['flags', body.flags]))})</p>`,
    );
    if (tally && tally.risks + tally.positions > 0) parts.push(heatMap(tally, lang));
  }
  return `<section class="consolidation">${parts.join('\n')}</section>`;
}

function sharedSection(consolidation: Consolidation, lang: UiLanguage): string {
  const rows = consolidation.sharedRisks.map((risk) => [risk.risk, risk.bodies.join(', ')]);
  const body = rows.length === 0 ? `<p>${h(word('none', lang))}</p>` : table([word('shared', lang), word('body', lang)], rows, 'shared');
  return `<section class="shared"><h2>${h(word('shared', lang))}</h2>${body}</section>`;
}
