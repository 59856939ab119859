/**
 * The `tobokel` command line. `main` never throws and never calls process.exit: it returns the exit code,
 * so bin/tobokel.js sets it and tests call `main` directly.
 */
import { errorLine, UsageError } from './args';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { diffCommand } from './commands/diff';
import { summaryCommand } from './commands/summary';
import { templateCommand } from './commands/template';
import { guardStdoutPipe, processIo, type Io } from './io';
import { commandLanguage, envLanguage } from './language';
import { MESSAGES } from './messages';
import { MAIN_USAGE } from './usage';

const COMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  template: templateCommand,
  check: checkCommand,
  demo: demoCommand,
  summary: summaryCommand,
  diff: diffCommand,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (io === processIo) guardStdoutPipe();
  const [command, ...rest] = argv;
  // Before a command is known there is no `--lang` to honour: the environment decides.
  const lang = envLanguage(io.env);
  if (command === undefined) {
    io.stderr(MAIN_USAGE[lang]);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(MAIN_USAGE[lang]);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`tobokel: ${MESSAGES.unknownCommand(command)[lang]}\n\n${MAIN_USAGE[lang]}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    // The command's own language: a usage error in `check … --lang ru` is reported in Russian.
    const commandLang = commandLanguage(command, rest, io.env);
    if (error instanceof UsageError) {
      io.stderr(`tobokel ${command}: ${error.messages[commandLang]}\n${MESSAGES.seeHelp(command)[commandLang]}\n`);
      return 2;
    }
    // A one-line reason, never a stack trace: the file-naming errors are caught per file in `check`.
    const message = errorLine(error);
    io.stderr(`tobokel ${command}: ${MESSAGES.failed(message)[commandLang]}\n`);
    return 2;
  }
}
