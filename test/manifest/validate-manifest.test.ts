/**
 * The offline manifest check (scripts/validate-manifest.js), run as `npm run validate` runs it: the real
 * manifest passes; broken copies fail with messages that say what to fix.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PLAYED_VERSIONS, hasApiSet } from '../support/excel-host/api-sets';
import { REQUIREMENTS } from '../../src/excel/capabilities';

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.js');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function validate(file: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, file, '--offline', ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** A copy of the manifest beside a copy of the icons, edited by `edit`. */
function brokenCopy(edit: (xml: string) => string, editAssets?: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tobokel-manifest-'));
  fs.cpSync(path.join(ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
  editAssets?.(path.join(dir, 'assets'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, edit(MANIFEST));
  return file;
}

function replaceOnce(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`the manifest no longer contains ${from}`);
  return xml.replace(from, to);
}

describe('validate-manifest', () => {
  test('the real manifest passes', () => {
    const { code, out } = validate(path.join(ROOT, 'manifest.xml'));
    expect(out).toContain('structural check passed');
    expect(out).toContain('skipped (--offline)');
    expect(code).toBe(0);
  });

  test('a dangling resid fails and names it', () => {
    const file = brokenCopy((x) => replaceOnce(x, '<Label resid="Check.Label"/>', '<Label resid="Check.Lable"/>'));
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toMatch(/<Control id="Tobokel.Check"> <Label resid="Check.Lable"> points to no resource/);
  });

  test('a resid pointing at the wrong kind of resource fails', () => {
    const file = brokenCopy((x) => replaceOnce(x, '<Description resid="Check.Tooltip"/>', '<Description resid="Check.Label"/>'));
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toContain('points to a ShortStrings resource, expected LongStrings');
  });

  test('an http:// URL fails', () => {
    const file = brokenCopy((x) => replaceOnce(x, 'DefaultValue="https://localhost:3000/commands.html"', 'DefaultValue="http://localhost:3000/commands.html"'));
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toContain('<Url id="Commands.Url"> DefaultValue="http://localhost:3000/commands.html" is not an HTTPS URL');
  });

  test('labels too long for the ribbon and the store fail, with their length', () => {
    const long = 'Вставить форму Приложения 1 на новый лист книги';
    const file = brokenCopy((x) =>
      replaceOnce(
        replaceOnce(x, '<bt:Override Locale="ru-RU" Value="Приложение 1"/>', `<bt:Override Locale="ru-RU" Value="${long}"/>`),
        'DefaultValue="Tobokel: corruption-risk registers"',
        `DefaultValue="${'x'.repeat(130)}"`,
      ),
    );
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toContain(`the ribbon label "InsertAppendix1.Label" (ru-RU) is ${long.length} characters; keep it to 32`);
    expect(out).toContain('DisplayName (default) is 130 characters; the limit is 125');
  });

  test('a missing locale override fails', () => {
    const file = brokenCopy((x) => replaceOnce(x, '<bt:Override Locale="ky-KG" Value="Текшерүү"/>', ''));
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toContain('short string "Check.Label" has no ky-KG override');
  });

  test('duplicate ids fail', () => {
    const file = brokenCopy((x) => replaceOnce(x, 'id="Tobokel.InsertAppendix2"', 'id="Tobokel.InsertAppendix1"'));
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toContain('the id "Tobokel.InsertAppendix1" is used by two ribbon elements');
  });

  test('an icon of the wrong size or missing fails', () => {
    const file = brokenCopy(
      (x) => x,
      (assets) => {
        fs.copyFileSync(path.join(assets, 'icon-16.png'), path.join(assets, 'icon-32.png'));
        fs.rmSync(path.join(assets, 'icon-80.png'));
      },
    );
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toMatch(/<bt:Image resid="Icon.32x32">: .*icon-32.png is 16x16, declared as 32x32/);
    expect(out).toMatch(/<bt:Image resid="Icon.80x80">: the icon file .*icon-80.png does not exist/);
  });

  test('XML that is not well-formed fails', () => {
    const file = brokenCopy((x) => x.replace('</OfficeApp>', ''));
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toContain('not well-formed XML');
  });

  test('the manifest asks for what the add-in needs unguarded, ExcelApi 1.1, so Excel 2016 loads the pane', () => {
    const minimum = /<Set Name="ExcelApi" MinVersion="(1\.\d+)"\/>/.exec(MANIFEST)?.[1];
    expect(minimum).toBe('1.1');
    // The oldest version test/excel/versions.test.ts plays every operation at is the manifest's minimum,
    // and everything newer the adapter uses is a capability it checks before using.
    expect(PLAYED_VERSIONS[0]).toBe(minimum);
    for (const needed of Object.values(REQUIREMENTS)) expect(hasApiSet(minimum!, needed)).toBe(false);
    expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
    for (const label of ['1-тиркеме', '2-тиркеме', 'Текшерүү', 'Приложение 1', 'Проверить']) expect(MANIFEST).toContain(`Value="${label}"`);
  });
});
