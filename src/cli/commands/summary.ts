/**
 * `tobokel summary`: the pane's summary sheet for files — each file read and checked as `check` does, the
 * summary of all of them written to a workbook of its own. An unreadable file is named and left out.
 */
import path from 'path';
import { checkRegisters } from '../../checks/check';
import { buildSummaryPlan, type SummarySource } from '../../checks/summary-plan';
import { readRegisters } from '../../registers/read';
import { UI_LANGUAGES, type UiLanguage } from '../../order281/text';
import { isWorkbookReadError, readWorkbook, writeSummary } from '../../xlsx';
import { choice, errorLine, isoDay, parse, UsageError } from '../args';
import { expandFileArguments } from '../expand';
import type { Io } from '../io';
import { commandLanguage, envLanguage } from '../language';
import { MESSAGES } from '../messages';
import { SUMMARY_MESSAGES, SUMMARY_USAGE } from '../summary-strings';

export async function summaryCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string', short: 'o' }, lang: { type: 'string' }, today: { type: 'string' } }, true);
  if (values.help) {
    io.stdout(SUMMARY_USAGE[commandLanguage('summary', argv, io.env)]);
    return 0;
  }
  const lang = choice<UiLanguage>(values.lang, UI_LANGUAGES, 'lang', envLanguage(io.env));
  const today = isoDay(values.today, 'today') ?? new Date();
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError(MESSAGES.outRequired());
  if (!/\.xlsx$/i.test(values.out)) throw new UsageError(MESSAGES.outNotXlsx(values.out));
  if (positionals.length === 0) throw new UsageError(MESSAGES.needFiles());
  // Files a folder holds that are not workbooks are not registers: the summary leaves them out.
  const { files } = await expandFileArguments(positionals, io.cwd);
  if (files.length === 0) throw new UsageError(MESSAGES.noFilesIn(positionals));
  const out = path.resolve(io.cwd, values.out);
  if (files.some((file) => path.resolve(io.cwd, file) === out)) throw new UsageError(SUMMARY_MESSAGES.outIsInput(values.out));

  const sources: SummarySource[] = [];
  for (const file of files) {
    try {
      const grids = await readWorkbook(path.resolve(io.cwd, file), { file });
      const registers = readRegisters(grids);
      sources.push({ file, registers, report: checkRegisters(registers, grids, { today, file }) });
    } catch (error) {
      io.stderr(`tobokel: ${(isWorkbookReadError(error) ? error.messages : MESSAGES.internalError(file, errorLine(error)))[lang]}\n`);
    }
  }
  if (sources.length === 0) {
    io.stderr(`tobokel summary: ${SUMMARY_MESSAGES.nothingRead()[lang]}\n`);
    return 2;
  }
  const plan = buildSummaryPlan(sources, { language: lang, today });
  await io.writeFile(values.out, await writeSummary(plan));
  io.stdout(`${MESSAGES.wroteSheets(values.out, [plan.sheetName])[lang]}\n`);
  return sources.length === files.length ? 0 : 2;
}
