/** A self-contained page a reviewer can open or mail: no scripts, no external files, every value escaped. */
import type { Report } from '../../checks/report';
import type { UiLanguage } from '../../order281/text';
import { word } from '../strings';
import type { CheckOutput } from '../results';
import { isUnreadable } from '../results';
import type { Consolidation } from '../consolidate';
import { verdictLine } from './table';
import { factorText } from './rows';
import { countsText, registerText } from './labels';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}
td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eef}
.ready{color:#176117}.not-ready{color:#a31515}.error{background:#fde7e7}.warning{background:#fff6dc}.info{background:#eef6ff}`;

export function formatHtml(output: CheckOutput): string {
  const { lang } = output;
  const sections = output.results.map((result) =>
    isUnreadable(result)
      ? `<section><h2>${escapeHtml(result.file)}</h2><p class="not-ready">${escapeHtml(word('unreadable', lang))}: ${escapeHtml(result.unreadable.messages[lang])}</p></section>`
      : reportSection(result.report, result.file, lang),
  );
  if (output.consolidation) sections.push(consolidationSection(output.consolidation, lang));
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Tobokel</title><style>${STYLE}</style></head>
<body><h1>Tobokel</h1>
${sections.join('\n')}
</body></html>
`;
}

function reportSection(report: Report, file: string, lang: UiLanguage): string {
  const verdictClass = report.summary.ready ? 'ready' : 'not-ready';
  const registers = report.registers.length === 0 ? [word('noRegister', lang)] : report.registers.map((r) => registerText(r, lang));
  const findings = report.findings
    .map(
      (f) =>
        `<tr class="${f.severity}"><td>${escapeHtml(f.sheet)}</td><td>${escapeHtml(f.cell)}</td><td>${escapeHtml(word(f.severity, lang))}</td>` +
        `<td>${escapeHtml(f.messages[lang])}${f.suggestion ? `<br><i>${escapeHtml(word('suggestion', lang))}: ${escapeHtml(f.suggestion)}</i>` : ''}</td>` +
        `<td>${escapeHtml(f.rule)}</td><td>${escapeHtml(f.paragraph)}</td></tr>`,
    )
    .join('\n');
  const flags = report.flags
    .map((flag) => `<tr><td>${escapeHtml(flag.sheet)}</td><td>${escapeHtml(flag.cell)}</td><td>${escapeHtml(flag.position)}</td><td>${escapeHtml(factorText(flag, lang))}</td></tr>`)
    .join('\n');
  return `<section><h2>${escapeHtml(report.file ?? file)}</h2>
<p class="${verdictClass}"><b>${escapeHtml(verdictLine(report, lang))}</b></p>
<ul>${registers.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>
${findings ? `<table><tr><th>${escapeHtml(word('sheet', lang))}</th><th>${escapeHtml(word('cell', lang))}</th><th>${escapeHtml(word('type', lang))}</th><th>${escapeHtml(word('message', lang))}</th><th>${escapeHtml(word('rule', lang))}</th><th>${escapeHtml(word('paragraph', lang))}</th></tr>\n${findings}</table>` : ''}
${flags ? `<h3>${escapeHtml(word('flag', lang))}</h3><table>${flags}</table>` : ''}
</section>`;
}

function consolidationSection(consolidation: Consolidation, lang: UiLanguage): string {
  const rows = consolidation.bodies
    .map(
      (b) =>
        `<tr><td>${escapeHtml(b.body)}</td><td class="${b.ready ? 'ready' : 'not-ready'}">${escapeHtml(word(b.ready ? 'ready' : 'notReady', lang))}</td>` +
        `<td>${b.risks}</td><td>${b.positions}</td><td>${escapeHtml(countsText(b.byLevel, lang))}</td><td>${escapeHtml(countsText(b.byCategory, lang))}</td><td>${escapeHtml(countsText(b.byFunctionType, lang))}</td></tr>`,
    )
    .join('\n');
  const shared = consolidation.sharedRisks.map((r) => `<li>${escapeHtml(r.risk)} — ${escapeHtml(r.bodies.join(', '))}</li>`).join('');
  return `<section><h2>${escapeHtml(word('summary', lang))}</h2>
<table><tr><th>${escapeHtml(word('body', lang))}</th><th></th><th>${escapeHtml(word('appendix1', lang))}</th><th>${escapeHtml(word('appendix2', lang))}</th><th>${escapeHtml(word('byLevel', lang))}</th><th>${escapeHtml(word('byCategory', lang))}</th><th>${escapeHtml(word('byFunction', lang))}</th></tr>
${rows}</table>
<h3>${escapeHtml(word('shared', lang))}</h3><ul>${shared || `<li>${escapeHtml(word('none', lang))}</li>`}</ul></section>`;
}
