/** Runs the CLI in-process with captured output, in a scratch directory. */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { Io } from '../../src/cli/io';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function scratchDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'tobokel-cli-'));
}

export function captureIo(cwd: string, stderrIsTTY = false): Io & { out: string[]; err: string[] } {
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
  };
}

export async function run(command: (argv: string[], io: Io) => Promise<number>, argv: string[], cwd: string, tty = false): Promise<Run> {
  const io = captureIo(cwd, tty);
  const code = await command(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}
