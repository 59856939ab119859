/**
 * A real spreadsheet program reads the summary workbook: LibreOffice opens it headless and saves it again
 * as .xlsx and as CSV. Its own copy must still hold the chart (a stacked column chart, one series per level
 * in the level's colour) and the heat-map fills, and the CSV the counts. Fails, never skips, without soffice.
 */
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { buildSummaryPlan, LEVEL_COLORS } from '../../src/checks/summary-plan';
import { writeSummary } from '../../src/xlsx';
import { TODAY } from '../fixtures/grids';
import { summarySource } from './fixtures';

jest.setTimeout(180_000);

function soffice(): string {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('LibreOffice is not installed (no soffice on PATH): apt-get install -y --no-install-recommends libreoffice-calc');
  return found;
}

describe('the summary workbook in LibreOffice', () => {
  let dir: string;
  let resaved: JSZip;
  let csv: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tobokel-summary-lo-'));
    const file = path.join(dir, 'summary.xlsx');
    await fs.writeFile(file, await writeSummary(buildSummaryPlan([summarySource()], { language: 'en', today: TODAY })));
    const binary = soffice();
    const convert = (target: string, out: string) => execFileSync(binary, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', target, '--outdir', path.join(dir, out), file], { stdio: 'pipe', timeout: 120_000 });
    convert('xlsx', 'xlsx');
    convert('csv:Text - txt - csv (StarCalc):44,34,76,1', 'csv');
    resaved = await JSZip.loadAsync(await fs.readFile(path.join(dir, 'xlsx', 'summary.xlsx')));
    csv = await fs.readFile(path.join(dir, 'csv', 'summary.csv'), 'utf8');
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('keeps the chart: stacked columns, a series per level in its colour, drawn from the sheet', async () => {
    const chartFile = Object.keys(resaved.files).find((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(chartFile).toBeDefined();
    const chart = await resaved.file(chartFile!)!.async('string');
    expect(chart).toMatch(/<c:barChart>/);
    expect(chart).toMatch(/<c:grouping val="stacked"\/>/);
    expect((chart.match(/<c:ser>/g) ?? []).length).toBe(4);
    for (const color of Object.values(LEVEL_COLORS)) expect(chart.toLowerCase()).toContain(`srgbclr val="${color.slice(1).toLowerCase()}"`);
    expect(chart).toContain('Risk levels by function type');
  });

  it('keeps the heat-map fills', async () => {
    const styles = await resaved.file('xl/styles.xml')!.async('string');
    expect(styles.toUpperCase()).toContain(`FF${LEVEL_COLORS.high.slice(1)}`);
    expect(styles.toUpperCase()).toContain(`FF${LEVEL_COLORS.medium.slice(1)}`);
  });

  it('reads the counts as numbers in their cells', () => {
    const lines = csv.split(/\r?\n/);
    expect(lines).toContain('"potential",0,0,0,2,2');
    expect(lines).toContain('"Total",0,1,1,3,5');
  });
});
