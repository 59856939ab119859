/**
 * A real spreadsheet program reads what we write (issue 5, item 4): LibreOffice converts generated
 * templates headless to CSV and ODS, and the headers, dropdown lists and hidden lists sheet must be there
 * as planned. This test fails, never skips, without `soffice`: CI installs Debian's libreoffice-calc.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { checkGrids } from '../../src/checks/check';
import { FORM_HEADINGS } from '../../src/order281/function-types';
import { buildSheetPlan } from '../../src/registers/plans';
import type { SheetPlan } from '../../src/registers/sheet-plan';
import { LISTS_SHEET_NAME } from '../../src/registers/sheet-plan';
import { readWorkbook, writePlans } from '../../src/xlsx';
import { convert, soffice } from '../support/libreoffice';

jest.setTimeout(180_000);

/** Findings a blank template must have and nothing else: its unfilled numbered rows, and that it has no rows yet. */
const BLANK_TEMPLATE_RULES = new Set(['row.empty-numbered', 'register.empty']);

/** RFC 4180 CSV, as LibreOffice writes it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      rows.push([...row, field.replace(/\r$/, '')]);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function headerTexts(plan: SheetPlan): string[] {
  return plan.cells.filter((cell) => cell.row === plan.headerRow).sort((a, b) => a.column - b.column).map((cell) => String(cell.value));
}

function xmlText(fragment: string): string {
  return fragment
    .replace(/<text:s\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The ODS table's rows as text, repeated rows and cells expanded. */
function odsTable(content: string, name: string): { rows: string[][]; style: string } {
  const start = content.indexOf(`<table:table table:name="${name}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  const table = content.slice(start, content.indexOf('</table:table>', start));
  const style = /table:style-name="([^"]+)"/.exec(table)?.[1] ?? '';
  const rows: string[][] = [];
  for (const rowMatch of table.matchAll(/<table:table-row[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const cells: string[] = [];
    for (const cell of (rowMatch[1] ?? '').matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(cell[1])?.[1] ?? 1);
      for (let i = 0; i < Math.min(repeat, 50); i += 1) cells.push(xmlText(cell[2] ?? ''));
    }
    rows.push(cells);
  }
  return { rows, style };
}

describe('LibreOffice reads the templates we write', () => {
  let binary: string;
  let dir: string;
  let profile: string;
  // Both appendices in both register languages, in one workbook: one conversion covers them all.
  const plans = (['ky', 'ru'] as const).flatMap((language) => [
    buildSheetPlan({ kind: 'risks', language, withSample: false, rowsPerHeading: 2, headings: [...FORM_HEADINGS], year: 2026 }),
    buildSheetPlan({ kind: 'positions', language, withSample: false, rowsPerHeading: 3, headings: [...FORM_HEADINGS], year: 2026 }),
  ]);
  let xlsx: string;

  beforeAll(async () => {
    binary = soffice();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tobokel-lo-'));
    // A throwaway profile: no clash with another soffice, no state carried between runs.
    profile = path.join(dir, 'profile');
    xlsx = path.join(dir, 'template.xlsx');
    await fs.writeFile(xlsx, await writePlans(plans));
  });

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('converts to CSV with every sheet: verbatim headers and the lists in their columns', async () => {
    const out = path.join(dir, 'csv');
    convert(binary, profile, xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', out);
    const files = await fs.readdir(out);
    for (const plan of plans) {
      const file = files.find((name) => name.endsWith(`-${plan.sheetName}.csv`));
      expect(file).toBeDefined();
      const rows = parseCsv(await fs.readFile(path.join(out, file!), 'utf8'));
      expect(rows[plan.headerRow - 1].slice(0, headerTexts(plan).length)).toEqual(headerTexts(plan));
    }
    const listsFile = files.find((name) => name.endsWith(`-${LISTS_SHEET_NAME}.csv`));
    expect(listsFile).toBeDefined();
    const listRows = parseCsv(await fs.readFile(path.join(out, listsFile!), 'utf8'));
    const columnValues = listRows[0].map((_, column) => listRows.slice(1).map((row) => row[column] ?? '').filter((value) => value !== ''));
    for (const list of plans.flatMap((plan) => plan.lists)) {
      expect(columnValues).toContainEqual(list.values);
    }
  });

  it('converts to ODS with the dropdowns fed by the hidden lists sheet', async () => {
    const out = path.join(dir, 'ods');
    convert(binary, profile, xlsx, 'ods', out);
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(out, 'template.ods')));
    const content = await zip.file('content.xml')!.async('string');

    const lists = odsTable(content, LISTS_SHEET_NAME);
    const hidden = new RegExp(`<style:style style:name="${lists.style}" style:family="table"[^>]*><style:table-properties table:display="false"`);
    expect(content).toMatch(hidden);

    const validations = [...content.matchAll(/<table:content-validation table:name="([^"]+)" table:condition="of:cell-content-is-in-list\(\[\$?([^.]+)\.\$([A-Z]+)\$(\d+):\.\$[A-Z]+\$(\d+)\]\)"[\s\S]*?<\/table:content-validation>/g)];
    expect(validations.length).toBeGreaterThan(0);
    const listValues = (column: string, first: number, last: number) =>
      lists.rows.slice(first - 1, last).map((row) => row[column.charCodeAt(0) - 65]);
    const offered = validations.map((match) => {
      expect(match[2].replace(/^'|'$/g, '')).toBe(LISTS_SHEET_NAME);
      return listValues(match[3], Number(match[4]), Number(match[5]));
    });
    for (const plan of plans) {
      for (const validation of plan.validations) {
        const list = plan.lists.find((candidate) => candidate.name === validation.list)!;
        expect(offered).toContainEqual(list.values);
      }
    }
    // Every validation is attached to cells, and stop/warning styles survive.
    for (const [, name] of validations) expect(content).toContain(`table:content-validation-name="${name}"`);
    const styles = new Set(plans.flatMap((plan) => plan.validations.map((v) => v.alert)));
    for (const style of styles) expect(content).toContain(`table:message-type="${style}"`);

    for (const plan of plans) {
      const sheet = odsTable(content, plan.sheetName);
      expect(sheet.rows[plan.headerRow - 1].slice(0, headerTexts(plan).length)).toEqual(headerTexts(plan));
    }
  });

  it('our reader finds nothing in the template but its empty rows, and the same in LibreOffice\'s own .xlsx of it', async () => {
    const ours = checkGrids(await readWorkbook(xlsx), { today: new Date(Date.UTC(2026, 5, 1)), file: 'template.xlsx' });
    expect(ours.registers.map((r) => `${r.kind}/${r.language}`)).toEqual(['risks/ky', 'positions/ky', 'risks/ru', 'positions/ru']);
    expect(ours.findings.filter((finding) => !BLANK_TEMPLATE_RULES.has(finding.rule))).toEqual([]);
    expect(ours.findings.some((finding) => finding.rule === 'row.empty-numbered')).toBe(true);

    const out = path.join(dir, 'again');
    convert(binary, profile, xlsx, 'xlsx', out);
    const theirs = checkGrids(await readWorkbook(path.join(out, 'template.xlsx')), { today: new Date(Date.UTC(2026, 5, 1)), file: 'template.xlsx' });
    expect(theirs.registers).toEqual(ours.registers);
    expect(theirs.findings.map((f) => [f.cell, f.rule])).toEqual(ours.findings.map((f) => [f.cell, f.rule]));
  });
});
