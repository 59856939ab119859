/**
 * `tsx scripts/finish-build.ts` (the last step of `npm run build`, after webpack): makes the build folder
 * ready to copy to a web server — the template workbooks the pane offers, IIS's web.config — and prints
 * what an IT unit does next (docs/deploy.md has the whole of it).
 *
 * The folder is dist/, or $TOBOKEL_DIST as webpack.config.js reads it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildTemplates } from './build-templates';

const ROOT = path.join(__dirname, '..');
const DEV_URL = 'https://localhost:3000/';

export function distDir(): string {
  return path.resolve(process.env.TOBOKEL_DIST || path.join(ROOT, 'dist'));
}

/** The base address the built manifest sends Office to: its task pane page without the file name. */
export function addinBase(manifestXml: string): string {
  const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(manifestXml)?.[1];
  if (!source) throw new Error('the built manifest has no <SourceLocation>');
  return source.slice(0, source.lastIndexOf('/') + 1);
}

export function nextSteps(dir: string, base: string): string {
  const shown = path.relative(process.cwd(), dir) || '.';
  const lines = [
    '',
    `Ready: ${shown}${path.sep} is the whole add-in, for ${base}`,
    '',
  ];
  if (base === DEV_URL) {
    lines.push(
      `  NOTE: this build points at the development server (${DEV_URL}). For your own server, build again with`,
      '  its address:  ADDIN_URL=https://your-host/tobokel/ npm run build',
      '',
    );
  }
  lines.push(
    'Next steps (docs/deploy.md says each in full):',
    `  1. Copy everything in ${shown}${path.sep} to your HTTPS server so that ${base}taskpane.html opens`,
    '     (nginx: deploy/nginx/tobokel.conf; IIS: the web.config already in the folder).',
    `  2. Check in a browser that ${base}manifest.xml and ${base}taskpane.html load.`,
    `  3. Deploy the manifest (${path.join(shown, 'manifest.xml')}, or its address ${base}manifest.xml):`,
    '     Microsoft 365 admin centre > Settings > Integrated apps > Upload custom apps;',
    '     or a SharePoint app catalog; or, for desktop Excel on Windows, a shared-folder catalog.',
    '',
  );
  return lines.join('\n');
}

export async function finishBuild(dir = distDir()): Promise<string> {
  const manifest = path.join(dir, 'manifest.xml');
  if (!fs.existsSync(manifest)) throw new Error(`${manifest} is missing: run webpack first (npm run build does)`);
  await buildTemplates(path.join(dir, 'templates'));
  fs.copyFileSync(path.join(ROOT, 'deploy', 'iis', 'web.config'), path.join(dir, 'web.config'));
  return nextSteps(dir, addinBase(fs.readFileSync(manifest, 'utf8')));
}

if (require.main === module) {
  finishBuild().then(
    (steps) => console.log(steps),
    (error: unknown) => {
      console.error('finish-build failed:', error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
