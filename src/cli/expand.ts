/**
 * File arguments as a reviewer types them. Windows' cmd.exe does not expand `*.xlsx`, and a folder of
 * submissions is the natural thing to name, so `check` expands both itself: a folder means every .xlsx in
 * it, a name with * or ? matches names in its folder. Excel's lock files (`~$name.xlsx`, present while a
 * workbook is open) are never registers and are left out.
 */
import { promises as fs } from 'fs';
import path from 'path';

const LOCK_FILE = /^~\$/;

export async function expandFileArguments(args: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (stat?.isDirectory()) {
      files.push(...(await matching(arg, absolute, (name) => /\.xlsx$/i.test(name))));
    } else if (!stat && /[*?]/.test(path.basename(arg)) && !/[*?]/.test(path.dirname(arg))) {
      const pattern = wildcard(path.basename(arg));
      const found = await matching(path.dirname(arg), path.dirname(absolute), (name) => pattern.test(name));
      // A pattern that matches nothing stays as typed, so the reader reports it as missing by name.
      files.push(...(found.length > 0 ? found : [arg]));
    } else {
      files.push(arg);
    }
  }
  return files;
}

async function matching(shownDir: string, dir: string, accept: (name: string) => boolean): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !LOCK_FILE.test(entry.name) && accept(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => (shownDir === '.' ? name : path.join(shownDir, name)));
}

function wildcard(glob: string): RegExp {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, process.platform === 'win32' ? 'i' : '');
}
