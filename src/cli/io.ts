/** Where output goes. Commands write through this seam so tests capture stdout/stderr without a child process. */
import { promises as fs } from 'fs';
import path from 'path';
import type { Env } from './language';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal: a rewriting progress line only makes sense on one. */
  stderrIsTTY: boolean;
  writeFile(file: string, data: string | Buffer): Promise<void>;
  cwd: string;
  /** Where the interface language comes from when no `--lang` chooses it (LC_ALL, LC_MESSAGES, LANG). */
  env: Env;
}

let pipeGuarded = false;

/**
 * `tobokel check *.xlsx | head` closes stdout early; node then raises EPIPE as an uncaught error with a
 * stack trace. A closed reader means nobody wants the rest: stop writing quietly.
 */
export function guardStdoutPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  writeFile: async (file, data) => {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await fs.writeFile(file, data);
  },
  cwd: process.cwd(),
  env: process.env,
};
