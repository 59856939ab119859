/** LibreOffice, headless, for tests that check what a real spreadsheet program makes of our files. */
import { execFileSync, spawnSync } from 'child_process';

/** The soffice binary; throws, saying what to install, when there is none (tests fail, never skip). */
export function soffice(): string {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('LibreOffice is not installed (no soffice on PATH): apt-get install -y --no-install-recommends libreoffice-calc');
  return found;
}

/** Converts `files` to `target` (a format, optionally with a filter) into `outDir`, with a throwaway profile. */
export function convert(binary: string, profile: string, files: string | string[], target: string, outDir: string): void {
  const inputs = Array.isArray(files) ? files : [files];
  execFileSync(binary, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', target, '--outdir', outDir, ...inputs], { stdio: 'pipe', timeout: 120_000 });
}
