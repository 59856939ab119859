/** The default, for a person at a terminal: verdict first, then findings grouped by sheet, then flags. */
import type { Finding, Report } from '../../checks/report';
import type { UiLanguage } from '../../order281/text';
import { amount, counted, word } from '../strings';
import type { CheckOutput } from '../results';
import { isUnreadable, unreadableResults } from '../results';
import type { Consolidation } from '../consolidate';
import { factorText } from './rows';
import { basisText, countsText, registerText } from './labels';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function formatTable(output: CheckOutput): string {
  const { lang } = output;
  const unread = unreadableResults(output.results);
  const several = output.results.length > 1;
  // In a batch the files not checked are listed once, at the end, where a reviewer looks for what is missing.
  const blocks = output.results.flatMap((result) => {
    if (!isUnreadable(result)) return [reportTable(result.report, result.file, lang)];
    return several ? [] : [`${result.file} — ${word('unreadable', lang)}\n  ${result.unreadable.messages[lang]}\n`];
  });
  if (output.consolidation) blocks.push(consolidationTable(output.consolidation, lang));
  if (unread.length > 0 && several) {
    const lines = [`${word('notChecked', lang)}: ${amount(unread.length, 'files', lang)}`, ...unread.map(({ unreadable }) => `  • ${unreadable.messages[lang]}`)];
    blocks.push(`${lines.join('\n')}\n`);
  }
  return blocks.join('\n');
}

export function verdictLine(report: Report, lang: UiLanguage): string {
  const s = report.summary;
  const verdict = word(s.ready ? 'ready' : 'notReady', lang);
  return `${verdict} (${counted(lang, ['errors', s.errors], ['warnings', s.warnings], ['infos', s.infos], ['flags', s.flags])})`;
}

function reportTable(report: Report, file: string, lang: UiLanguage): string {
  const lines = [`${report.file ?? file} — ${verdictLine(report, lang)}`];
  if (report.registers.length === 0) lines.push(`  ${word('noRegister', lang)}`);
  for (const register of report.registers) lines.push(`  ${registerText(register, lang)}`);
  const bySheet = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const findings = bySheet.get(finding.sheet);
    if (findings) findings.push(finding);
    else bySheet.set(finding.sheet, [finding]);
  }
  const severityWidth = Math.max(...(['error', 'warning', 'info'] as const).map((severity) => word(severity, lang).length));
  for (const [sheet, findings] of bySheet) {
    lines.push('', `  ${word('sheet', lang)} «${sheet}»`);
    const sorted = [...findings].sort((a, b) => a.row - b.row || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const cellWidth = Math.max(...sorted.map((f) => f.cell.length), 4);
    const indent = ' '.repeat(4 + cellWidth + 2 + severityWidth + 1);
    for (const finding of sorted) {
      const message = finding.messages[lang];
      lines.push(`    ${finding.cell.padEnd(cellWidth)}  ${word(finding.severity, lang).padEnd(severityWidth)} ${message} (${word('basis', lang)}: ${basisText(finding.paragraph, lang)})`);
      if (finding.suggestion && !message.includes(finding.suggestion)) lines.push(`${indent}${word('suggestion', lang)}: ${finding.suggestion}`);
    }
  }
  if (report.flags.length > 0) {
    lines.push('', `  ${word('flagsHeading', lang)}: ${report.flags.length}`);
    for (const flag of report.flags) lines.push(`    «${flag.sheet}» ${flag.cell}  ${flag.position}`, `      ${factorText(flag, lang)}`);
  }
  return `${lines.join('\n')}\n`;
}

function consolidationTable(consolidation: Consolidation, lang: UiLanguage): string {
  const lines = [`${word('summary', lang)}`, '='.repeat(word('summary', lang).length)];
  for (const body of consolidation.bodies) {
    lines.push(
      '',
      `${word('body', lang)}: ${body.body} — ${word(body.ready ? 'ready' : 'notReady', lang)} (${counted(lang, ['errors', body.errors], ['warnings', body.warnings], ['flags', body.flags])})`,
      `  ${word('appendix1', lang)}: ${amount(body.risks, 'rows', lang)}; ${word('appendix2', lang)}: ${amount(body.positions, 'rows', lang)}`,
      `  ${word('byLevel', lang)}: ${countsText(body.byLevel, lang)}`,
      `  ${word('byCategory', lang)}: ${countsText(body.byCategory, lang)}`,
      `  ${word('byFunction', lang)}: ${countsText(body.byFunctionType, lang)}`,
    );
  }
  lines.push('', `${word('shared', lang)}:`);
  if (consolidation.sharedRisks.length === 0) lines.push(`  ${word('none', lang)}`);
  // The full text is in the JSON; a terminal needs enough to recognise the risk.
  for (const risk of consolidation.sharedRisks) lines.push(`  • ${clip(risk.risk, 160)}`, `    ${risk.bodies.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
