/** `tobokel diff` output: the core's diff view as plain text or an HTML page, and the diff itself as JSON. */
import type { RegisterDiff } from '../checks/diff';
import type { DiffView } from '../checks/diff-view';

/** The JSON form: the files, both registers' changes with their rows, and the counts. Codes, not words. */
export function diffJson(diff: RegisterDiff, files: { old: string; new: string }): string {
  return `${JSON.stringify({ old: files.old, new: files.new, ...diff, notes: diff.risks.carriedOver > 0 ? [{ code: 'review.carried-over', paragraph: 'p.13', risks: diff.risks.carriedOver }] : [] }, null, 2)}\n`;
}

export function diffTable(view: DiffView): string {
  const lines = [view.heading, '', ...view.counts];
  for (const table of view.tables) {
    lines.push('', table.title);
    for (const row of table.rows) lines.push(`  ${row.map((cell, i) => `${table.columns[i]}: ${cell}`).join(' | ')}`);
  }
  if (view.notes.length) lines.push('', ...view.notes);
  return `${lines.join('\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const COLORS = { added: '#E8F5E9', removed: '#FDECEA', rerated: '#FFF4E0' };

export function diffHtml(view: DiffView, lang: string): string {
  const tables = view.tables.map((table) => `<h2>${escapeHtml(table.title)}</h2>
<table style="background:${COLORS[table.change]}"><thead><tr>${table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>${table.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`).join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(view.heading)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:75em}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}.note{border-left:4px solid #c62828;padding-left:.8em}</style>
</head><body><h1>${escapeHtml(view.heading)}</h1>
${view.counts.map((c) => `<p>${escapeHtml(c)}</p>`).join('\n')}
${tables}
${view.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n')}
</body></html>
`;
}
