import ExcelJS from 'exceljs';
import { checkGrids } from '../../src/checks/check';
import { markKindOf } from '../../src/checks/marks';
import { mistakesPlans } from '../../src/cli/demo-mistakes';
import { planMarks } from '../../src/excel/marks';
import { areaAddress } from '../../src/excel/addresses';
import { FINDINGS_SHEET_WORDS, readWorkbook, writeMarkedCopy, writePlans } from '../../src/xlsx';

const TODAY = new Date('2026-03-01T00:00:00Z');

async function loadAll(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

type Cf = { ref: string; rules: { formulae?: string[]; priority?: number }[] };
const formatsOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings ?? [];

describe('writeMarkedCopy', () => {
  let original: Buffer;
  let copy: Uint8Array;
  let report: ReturnType<typeof checkGrids>;

  beforeAll(async () => {
    original = await writePlans(mistakesPlans(['risks', 'positions'], 2026));
    report = checkGrids(await readWorkbook(original, { file: 'mistakes.xlsx' }), { today: TODAY, file: 'mistakes.xlsx' });
    const before = Buffer.from(original);
    copy = await writeMarkedCopy(original, report, { file: 'mistakes.xlsx', language: 'ru', today: TODAY });
    expect(original.equals(before)).toBe(true);
  });

  it('marks exactly the cells the add-in would, with the add-in’s marker, most severe on top', async () => {
    expect(report.findings.length).toBeGreaterThan(0);
    const workbook = await loadAll(copy);
    const planned = planMarks(report);
    for (const [sheetName, kinds] of planned) {
      const formats = formatsOf(workbook.getWorksheet(sheetName)!);
      const written = new Map(formats.map((cf) => [markKindOf(cf.rules[0].formulae?.[0]), cf]));
      for (const [kind, areas] of kinds) {
        expect(written.get(kind)?.ref.split(' ').sort()).toEqual(areas.map(areaAddress).sort());
      }
      expect(formats).toHaveLength(kinds.size);
      const errorRule = written.get('error')?.rules[0];
      if (errorRule) expect(errorRule.priority).toBe(1);
    }
  });

  it('leaves every value as it was', async () => {
    const before = await readWorkbook(original, { file: 'a.xlsx' });
    const after = await readWorkbook(Buffer.from(copy), { file: 'b.xlsx' });
    for (const grid of before) expect(after.find((g) => g.sheet === grid.sheet)).toEqual(grid);
    expect(after.map((g) => g.sheet)).toEqual([...before.map((g) => g.sheet), FINDINGS_SHEET_WORDS.sheetName.ru]);
  });

  it('lists every finding on its own sheet, each linked to its cell, in the chosen language', async () => {
    const sheet = (await loadAll(copy)).getWorksheet(FINDINGS_SHEET_WORDS.sheetName.ru)!;
    const links: string[] = [];
    sheet.eachRow((row) => {
      const value = row.getCell(2).value as { hyperlink?: string } | null;
      if (value && typeof value === 'object' && value.hyperlink) links.push(value.hyperlink);
    });
    const expected = report.findings.filter((f) => !f.rule.startsWith('workbook.')).map((f) => `#'${f.sheet}'!${f.range ?? f.cell}`);
    expect(links.slice(0, expected.length)).toEqual(expected);
    expect(links).toHaveLength(expected.length + report.flags.length);
    expect(sheet.getCell('A1').value).toBe(FINDINGS_SHEET_WORDS.title.ru);
  });

  it('replaces the marks of an earlier copy rather than stacking them, and keeps the user’s own rules', async () => {
    const workbook = await loadAll(copy);
    const first = workbook.worksheets[0];
    first.addConditionalFormatting({ ref: 'A1', rules: [{ type: 'expression', priority: 1, formulae: ['TRUE'], style: {} }] });
    const withUserRule = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const again = await loadAll(await writeMarkedCopy(withUserRule, report, { file: 'x.xlsx', language: 'en', today: TODAY }));
    const formats = formatsOf(again.getWorksheet(first.name)!);
    const ours = formats.filter((cf) => markKindOf(cf.rules[0].formulae?.[0]));
    expect(ours).toHaveLength(planMarks(report).get(first.name)?.size ?? 0);
    expect(formats.filter((cf) => cf.rules[0].formulae?.[0] === 'TRUE')).toHaveLength(1);
  });

  it('refuses what the reader refuses, with the same reason', async () => {
    await expect(writeMarkedCopy(new Uint8Array([1, 2, 3, 4]), report, { file: 'junk.xlsx', language: 'en', today: TODAY })).rejects.toMatchObject({ code: 'not-xlsx' });
  });
});
