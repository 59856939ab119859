/** `tobokel diff OLD.xlsx NEW.xlsx`: last year's registers against this year's, for reviewers. */
import path from 'path';
import { diffRegisters } from '../../checks/diff';
import { diffView } from '../../checks/diff-view';
import { readRegisters } from '../../registers/read';
import { UI_LANGUAGES, type UiLanguage } from '../../order281/text';
import { isWorkbookReadError, readWorkbook, writeDiff } from '../../xlsx';
import { choice, errorLine, parse, UsageError } from '../args';
import { diffHtml, diffJson, diffTable } from '../diff-format';
import type { Io } from '../io';
import { commandLanguage, envLanguage } from '../language';
import { MESSAGES } from '../messages';
import { DIFF_USAGE, SUMMARY_MESSAGES } from '../summary-strings';

const DIFF_FORMATS = ['table', 'json', 'html', 'xlsx'] as const;
const SHEET_NAMES = { ky: 'Салыштыруу', ru: 'Сравнение', en: 'Comparison' };

export async function diffCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, lang: { type: 'string' } }, true);
  if (values.help) {
    io.stdout(DIFF_USAGE[commandLanguage('diff', argv, io.env)]);
    return 0;
  }
  const lang = choice<UiLanguage>(values.lang, UI_LANGUAGES, 'lang', envLanguage(io.env));
  const format = choice(values.format, DIFF_FORMATS, 'format', 'table');
  if (positionals.length !== 2) throw new UsageError(SUMMARY_MESSAGES.needTwoFiles());
  const out = typeof values.out === 'string' && values.out !== '' ? values.out : undefined;
  if (format === 'xlsx' && (!out || !/\.xlsx$/i.test(out))) throw new UsageError(SUMMARY_MESSAGES.xlsxNeedsOut());
  const [oldFile, newFile] = positionals;
  if (out && [oldFile, newFile].some((file) => path.resolve(io.cwd, file) === path.resolve(io.cwd, out))) throw new UsageError(SUMMARY_MESSAGES.outIsInput(out));

  const registers = [];
  for (const file of [oldFile, newFile]) {
    try {
      registers.push(readRegisters(await readWorkbook(path.resolve(io.cwd, file), { file })));
    } catch (error) {
      io.stderr(`tobokel: ${(isWorkbookReadError(error) ? error.messages : MESSAGES.internalError(file, errorLine(error)))[lang]}\n`);
      return 2;
    }
  }
  const diff = diffRegisters(registers[0], registers[1]);
  const files = { old: path.basename(oldFile), new: path.basename(newFile) };
  const view = diffView(diff, files, lang);
  const output = format === 'json' ? diffJson(diff, { old: oldFile, new: newFile })
    : format === 'html' ? diffHtml(view, lang)
      : format === 'xlsx' ? await writeDiff(view, SHEET_NAMES[lang])
        : diffTable(view);
  if (out) {
    await io.writeFile(out, output);
    io.stderr(`tobokel: ${MESSAGES.reportWritten(out)[lang]}\n`);
  } else io.stdout(output as string);
  return 0;
}
