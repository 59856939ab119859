/**
 * `tobokel check`: files are read one after another, so memory holds one workbook at a time whatever the
 * batch; an unreadable file is reported and the batch goes on.
 */
import path from 'path';
import { checkRegisters } from '../../checks/check';
import { readRegisters } from '../../registers/read';
import type { UiLanguage } from '../../order281/text';
import { UI_LANGUAGES } from '../../order281/text';
import { isWorkbookReadError, readWorkbook } from '../../xlsx';
import { choice, errorLine, isoDay, parse, UsageError } from '../args';
import { bodyName, Consolidator } from '../consolidate';
import { BINARY_FORMATS, FORMATS, FORMATTERS } from '../format';
import type { Io } from '../io';
import { exitCode, isUnreadable, type CheckOutput, type FileResult, type Unreadable } from '../results';
import { fileTypeCode, fileTypeMessages, fileTypeOf } from '../file-types';
import { tallyRegister } from '../../checks/summary';
import { registerBodyName } from '../../registers/body-name';
import type { Grid } from '../../registers/grid';
import type { Register } from '../../registers/model';
import { CHECK_USAGE } from '../usage';
import { expandFileArguments } from '../expand';
import { commandLanguage, envLanguage } from '../language';
import { MESSAGES } from '../messages';

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      today: { type: 'string' },
      progress: { type: 'boolean' },
      quiet: { type: 'boolean' },
      'body-by': { type: 'string' },
    },
    true,
  );
  if (values.help) {
    io.stdout(CHECK_USAGE[commandLanguage('check', argv, io.env)]);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(MESSAGES.needFiles());
  const format = choice(values.format, FORMATS, 'format', 'table');
  // One language for everything the command says: finding messages, report words and its own lines.
  const lang = choice<UiLanguage>(values.lang, UI_LANGUAGES, 'lang', envLanguage(io.env));
  const today = isoDay(values.today, 'today') ?? new Date();
  const bodyBy = choice(values['body-by'], BODY_BY, 'body-by', 'file');
  // A workbook is a file, not text for a terminal.
  if (BINARY_FORMATS.has(format) && typeof values.out !== 'string') throw new UsageError(MESSAGES.formatNeedsOut(format));

  const { files, skipped } = await expandFileArguments(positionals, io.cwd);
  if (files.length === 0 && skipped.length === 0) throw new UsageError(MESSAGES.noFilesIn(positionals));
  const showProgress = !values.quiet && files.length > 1 && (io.stderrIsTTY || Boolean(values.progress));
  const output = await checkFiles(files, { today, lang, io, showProgress, cwd: io.cwd, bodyBy });
  // Listed after the files that were checked: each is a submission the reviewer still has to ask for.
  for (const { file, type } of skipped) output.results.push({ file, unreadable: { file, code: fileTypeCode(type), messages: fileTypeMessages(file, type), type } });
  // One file that cannot be read has no report: its reason goes to stderr alone, and stdout stays empty
  // rather than print a shape a script asked for `--format json` would not expect.
  const nothingToReport = output.results.length === 1 && isUnreadable(output.results[0]);
  if (!nothingToReport) {
    const text = await FORMATTERS[format](output);
    if (typeof values.out === 'string') {
      await io.writeFile(values.out, text);
      io.stderr(`tobokel: ${MESSAGES.reportWritten(values.out)[lang]}\n`);
    } else {
      // Binary formats were refused above without --out.
      io.stdout(String(text));
    }
  }
  for (const result of output.results) {
    if (isUnreadable(result)) io.stderr(`tobokel: ${result.unreadable.messages[lang]}\n`);
  }
  return exitCode(output.results);
}

const BODY_BY = ['file', 'folder'] as const;

interface CheckFilesOptions {
  /** How a body is named in the consolidation: by its file (default) or by the folder holding its files. */
  bodyBy?: (typeof BODY_BY)[number];
  today: Date;
  lang: UiLanguage;
  io: Io;
  showProgress: boolean;
  cwd: string;
}

export async function checkFiles(files: readonly string[], options: CheckFilesOptions): Promise<CheckOutput> {
  const results: FileResult[] = [];
  // Several files are consolidated as each is checked, so no file's registers outlive its turn.
  const consolidator = files.length > 1 ? new Consolidator(bodyNamer(options)) : undefined;
  for (const [index, file] of files.entries()) {
    if (options.showProgress) progress(options.io, MESSAGES.progress(index + 1, files.length, file)[options.lang]);
    try {
      const grids = await readWorkbook(path.resolve(options.cwd, file), { file });
      // checkGrids in two steps, so the consolidation reuses the registers instead of reading them again.
      const registers = readRegisters(grids);
      const report = checkRegisters(registers, grids, { today: options.today, file });
      consolidator?.add({ file, report, registers });
      results.push({ file, report, tallies: registers.map(tallyRegister), bodyName: bodyNameOf(grids, registers) });
    } catch (error) {
      results.push({ file, unreadable: unreadableOf(file, error) });
    }
  }
  if (options.showProgress) options.io.stderr(options.io.stderrIsTTY ? '\r\x1b[K' : '');
  return { results, lang: options.lang, today: options.today, consolidation: consolidator?.result(), bodyTallies: consolidator?.bodyTallies() };
}

/** One bad file, or a bug it trips, must not cost the reviewer the other forty-nine reports. */
function unreadableOf(file: string, error: unknown): Unreadable {
  if (!isWorkbookReadError(error)) return { file, code: 'internal', messages: MESSAGES.internalError(file, errorLine(error)) };
  // A Word document, a PDF or a CSV named outright: say what it is rather than what the zip lacks.
  const type = fileTypeOf(file);
  if (type !== undefined && type !== 'other' && (error.code === 'not-xlsx' || error.code === 'legacy-xls')) {
    return { file, code: error.code, messages: fileTypeMessages(file, type), type };
  }
  return { file, code: error.code, messages: error.messages };
}

/** The first name a register gives its body; several registers of one body name it alike. */
function bodyNameOf(grids: readonly Grid[], registers: readonly Register[]): string | undefined {
  for (const register of registers) {
    const grid = grids.find((candidate) => candidate.sheet === register.sheet);
    const name = grid && registerBodyName(grid, register);
    if (name) return name;
  }
  return undefined;
}

function bodyNamer(options: CheckFilesOptions): (file: string) => string {
  if (options.bodyBy !== 'folder') return bodyName;
  return (file) => path.basename(path.dirname(path.resolve(options.cwd, file)));
}

function progress(io: Io, line: string): void {
  // On a terminal one line rewrites itself; in a log each file gets its own line.
  io.stderr(io.stderrIsTTY ? `\r\x1b[K${line.slice(0, 100)}` : `${line}\n`);
}
