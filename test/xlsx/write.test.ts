import JSZip from 'jszip';
import { readWorkbook, writePlans } from '../../src/xlsx';
import { LISTS_SHEET_NAME } from '../../src/registers/sheet-plan';
import { HEADERS, LEVELS, handPlan } from './plan-fixture';

async function parts(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml')) out[name] = await zip.files[name].async('string');
  }
  return out;
}

describe('writePlans', () => {
  it('round-trips a plan through the reader: verbatim headers, merges, numbers, no lists sheet', async () => {
    const grids = await readWorkbook(await writePlans([handPlan()]), { file: 'plan.xlsx' });
    expect(grids.map((grid) => grid.sheet)).toEqual(['Тизме 2']);
    const [grid] = grids;
    expect(grid.firstRow).toBe(1);
    expect(grid.values[2]).toEqual(HEADERS);
    expect(grid.values[3]).toEqual([1, 'Бөлүм башчысы']);
    expect(grid.values[0]).toEqual(['Коррупциогендик кызмат орундарынын ТИЗМЕГИ']);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }]);
  });

  it('writes one list validation per range, fed by the hidden lists sheet, with prompt and stop style', async () => {
    const xml = await parts(await writePlans([handPlan()]));
    const sheet = xml['xl/worksheets/sheet1.xml'];
    const validations = sheet.match(/<dataValidation [^>]*>.*?<\/dataValidation>/g) ?? [];
    expect(validations).toHaveLength(1);
    expect(validations[0]).toContain('sqref="E4:E8"');
    expect(validations[0]).toContain('errorStyle="stop"');
    expect(validations[0]).toContain('promptTitle="Деңгээл"');
    expect(validations[0]).toContain(`<formula1>&apos;${LISTS_SHEET_NAME}&apos;!$A$2:$A$4</formula1>`);
    expect(xml['xl/workbook.xml']).toMatch(new RegExp(`name="${LISTS_SHEET_NAME}" state="hidden"`));
    const lists = xml['xl/worksheets/sheet2.xml'];
    expect(lists).toBeDefined();
    const strings = xml['xl/sharedStrings.xml'];
    for (const level of LEVELS) expect(strings).toContain(level);
  });

  it('writes freeze panes, widths, A4 landscape fit to width and print title rows', async () => {
    const xml = await parts(await writePlans([handPlan()]));
    const sheet = xml['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('ySplit="3"');
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toMatch(/<col min="2" max="2" width="30"/);
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    expect(sheet).toContain('fitToPage="1"');
    expect(xml['xl/workbook.xml']).toContain('_xlnm.Print_Titles');
    expect(xml['xl/workbook.xml']).toContain('$3:$3');
    expect(sheet).toContain('<mergeCell ref="A1:E1"/>');
  });

  it('shares a list between plans that use it and keeps a same-named list with other values apart', async () => {
    const other = handPlan('Тизме 1');
    other.lists = [{ name: 'levels', values: ['нөлдүк', ...LEVELS] }];
    const xml = await parts(await writePlans([handPlan(), handPlan(), other]));
    expect(xml['xl/worksheets/sheet2.xml']).toContain('$A$2:$A$4');
    expect(xml['xl/worksheets/sheet3.xml']).toContain('$B$2:$B$5');
    expect(xml['xl/workbook.xml']).toContain('name="Тизме 2 (2)"');
  });

  it('cuts prompt and error texts to the lengths Excel accepts', async () => {
    const plan = handPlan();
    plan.validations[0].prompt = { title: 'т'.repeat(60), message: 'м'.repeat(400) };
    const sheet = (await parts(await writePlans([plan])))['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain(`promptTitle="${'т'.repeat(32)}"`);
    expect(sheet).toContain(`prompt="${'м'.repeat(255)}"`);
  });

  it('sets the row heights the plan asks for and leaves other rows alone', async () => {
    const plan = handPlan();
    plan.writingRows = [];
    plan.cells.push({ row: 10, column: 1, value: 'эскертүү', style: 'footnote' });
    plan.rowHeights = [{ row: 4, height: 75 }, { row: 10, height: 33 }];
    const sheet = (await parts(await writePlans([plan])))['xl/worksheets/sheet1.xml'];
    const height = (row: number) => Number(new RegExp(`<row r="${row}" ht="([\\d.]+)"`).exec(sheet)?.[1] ?? 0);
    expect(height(4)).toBe(75);
    expect(height(10)).toBe(33);
    expect(height(9)).toBe(0);
  });
});

describe('writePlans: printing', () => {
  it('writes the margins, centring and a footer with the appendix and page numbers, in the plan\'s points', async () => {
    const plan = handPlan();
    plan.print.footer = { left: '2-тиркеме && Co', center: '&N беттин &P-бети', right: '' };
    const sheet = (await parts(await writePlans([plan])))['xl/worksheets/sheet1.xml'];
    const margin = (side: string) => Number(new RegExp(`<pageMargins [^>]*\\b${side}="([\\d.]+)"`).exec(sheet)?.[1]);
    for (const side of ['left', 'right', 'top', 'bottom', 'header', 'footer'] as const) {
      expect(margin(side) * 72).toBeCloseTo(plan.print.margins[side], 0);
    }
    expect(sheet).toMatch(/<printOptions [^>]*horizontalCentered="1"/);
    expect(sheet).toContain('<oddFooter>&amp;L2-тиркеме &amp;&amp; Co&amp;C&amp;N беттин &amp;P-бети&amp;R</oddFooter>');
  });

  it('gives every blank row of a writing run its height, and no row outside the runs', async () => {
    const plan = handPlan();
    plan.lastRow = 12;
    plan.writingRows = [{ top: 5, bottom: 6, height: 54 }, { top: 9, bottom: 11, height: 54 }];
    plan.rowHeights = [];
    const sheet = (await parts(await writePlans([plan])))['xl/worksheets/sheet1.xml'];
    const heights = [...sheet.matchAll(/<row r="(\d+)" ht="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(heights).toEqual([[5, 54], [6, 54], [9, 54], [10, 54], [11, 54]]);
  });
});
