/**
 * File arguments as a reviewer types them. Windows' cmd.exe does not expand `*.xlsx`, and a folder of
 * submissions is the natural thing to name, so `check` expands both itself: a folder means every .xlsx in
 * it, a name with * or ? matches names in its folder. Whatever else a folder or pattern holds is listed
 * as not checked, so no submission goes missing silently; Excel's lock files (`~$name.xlsx`, present
 * while a workbook is open), hidden and system files are nobody's submission and are left out.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { fileTypeOf, isIncidental, type FileType } from './file-types';

export interface ExpandedFiles {
  /** The .xlsx files to check, and every file named outright, in order. */
  files: string[];
  /** Files a folder or pattern held that are not .xlsx, with what they are. */
  skipped: { file: string; type: FileType }[];
}

export async function expandFileArguments(args: readonly string[], cwd: string): Promise<ExpandedFiles> {
  const expanded: ExpandedFiles = { files: [], skipped: [] };
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (stat?.isDirectory()) {
      sortOut(expanded, await matching(arg, absolute, () => true));
    } else if (!stat && /[*?]/.test(path.basename(arg)) && !/[*?]/.test(path.dirname(arg))) {
      const pattern = wildcard(path.basename(arg));
      const found = await matching(path.dirname(arg), path.dirname(absolute), (name) => pattern.test(name));
      // A pattern that matches nothing stays as typed, so the reader reports it as missing by name.
      if (found.length > 0) sortOut(expanded, found);
      else expanded.files.push(arg);
    } else {
      expanded.files.push(arg);
    }
  }
  return expanded;
}

function sortOut(expanded: ExpandedFiles, found: readonly string[]): void {
  for (const file of found) {
    const type = fileTypeOf(file);
    if (type === undefined) expanded.files.push(file);
    else expanded.skipped.push({ file, type });
  }
}

async function matching(shownDir: string, dir: string, accept: (name: string) => boolean): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !isIncidental(entry.name) && accept(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => (shownDir === '.' ? name : path.join(shownDir, name)));
}

function wildcard(glob: string): RegExp {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, process.platform === 'win32' ? 'i' : '');
}
