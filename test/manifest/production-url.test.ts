/** `npm run build` writes the manifest with the production URL ($ADDIN_URL) in place of the dev server's. */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

type Pattern = { from: string; transform?: (content: Buffer) => string | Buffer };

function manifestTransform(mode: 'production' | 'development'): (content: Buffer) => string | Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode }) as { plugins: { patterns?: Pattern[] }[] };
  const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === 'manifest.xml');
  if (!pattern?.transform) throw new Error('no manifest copy pattern');
  return pattern.transform;
}

describe('production manifest', () => {
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  test('every dev URL becomes the production one', () => {
    process.env.ADDIN_URL = 'https://tobokel.example.kg/addin';
    const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'));
    const out = String(manifestTransform('production')(source));
    expect(out).not.toContain('https://localhost:3000');
    expect(out).toContain('<SourceLocation DefaultValue="https://tobokel.example.kg/addin/taskpane.html"/>');
    expect(out).toContain('<bt:Image id="Icon.16x16" DefaultValue="https://tobokel.example.kg/addin/assets/icon-16.png"/>');
  });

  test('an http ADDIN_URL is refused', () => {
    process.env.ADDIN_URL = 'http://tobokel.example.kg/';
    expect(() => manifestTransform('production')).toThrow(/https/);
  });

  test('a dev build keeps the dev URL', () => {
    const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'));
    expect(String(manifestTransform('development')(source))).toContain('https://localhost:3000/taskpane.html');
  });
});
