/** Where output goes. Commands write through this seam so tests capture stdout/stderr without a child process. */
import { promises as fs } from 'fs';
import path from 'path';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal: a rewriting progress line only makes sense on one. */
  stderrIsTTY: boolean;
  writeFile(file: string, data: string | Buffer): Promise<void>;
  cwd: string;
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
};
