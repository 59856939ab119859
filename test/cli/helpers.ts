/** Runs the CLI in-process with captured output, in a scratch directory. */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { Io } from '../../src/cli/io';
import type { Env } from '../../src/cli/language';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function scratchDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'tobokel-cli-'));
}

/**
 * `env` is the locale the CLI sees; empty by default (English), so no test depends on the machine's LANG.
 */
export function captureIo(cwd: string, stderrIsTTY = false, env: Env = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    stderrIsTTY,
    writeFile: async (file, data) => {
      const target = path.resolve(cwd, file);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, data);
    },
    cwd,
    env,
  };
}

export async function run(command: (argv: string[], io: Io) => Promise<number>, argv: string[], cwd: string, tty = false, env: Env = {}): Promise<Run> {
  const io = captureIo(cwd, tty, env);
  const code = await command(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}
