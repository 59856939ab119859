import { createExcelHost } from '../support/excel-host/client';
import { createWorkbook, putValues, findSheet } from '../support/excel-host/model';

describe('Excel test host (real client library + in-memory workbook)', () => {
  it('answers a load, a write and a null-object probe through the real wire format', async () => {
    const wb = createWorkbook(['Data']);
    putValues(wb.sheets[0], 2, 2, [['a', 1], ['b', 2]]);
    const host = createExcelHost(wb);
    const result = await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const missing = sheets.getItemOrNullObject('Nope');
      const used = sheets.getItem('Data').getUsedRange(true);
      used.load('values,address,rowIndex,columnIndex');
      await context.sync();
      sheets.getItem('Data').getRange('D1:E1').values = [['x', 'y']];
      await context.sync();
      return { names: sheets.items.map((s) => s.name), missing: missing.isNullObject, values: used.values, address: used.address, row: used.rowIndex };
    });
    expect(result).toEqual({ names: ['Data'], missing: true, values: [['a', 1], ['b', 2]], address: 'Data!B2:C3', row: 1 });
    expect(findSheet(wb, 'Data')!.cells.get('1,4')!.value).toBe('x');
    expect(host.responder.syncs).toBe(2);
    expect(host.responder.failures).toEqual([]);
  });

  it('fails loudly on a call it does not know', async () => {
    const host = createExcelHost();
    await expect(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
        range.format.load('indentLevel');
        await context.sync();
      }),
    ).rejects.toThrow(/does not know property RangeFormat.IndentLevel/);
    expect(host.responder.failures).toHaveLength(1);
  });

  it('reports an Excel error such as a protected sheet with its code', async () => {
    const wb = createWorkbook(['Locked']);
    wb.sheets[0].protected = true;
    const host = createExcelHost(wb);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Locked').getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

describe('Excel test host, more of the wire', () => {
  it('refuses a misspelt or unmodelled property write, naming it', async () => {
    const host = createExcelHost();
    await expect(
      host.run(async (context) => {
        const format = context.workbook.worksheets.getItem('Sheet1').getRange('A1').format as unknown as Record<string, unknown>;
        format.indentLevel = 2;
        await context.sync();
      }),
    ).rejects.toThrow(/does not know property RangeFormat.IndentLevel/);
    expect(host.responder.failures).toEqual(['Excel test host does not know property RangeFormat.IndentLevel']);
  });

  it('answers merged areas', async () => {
    const wb = createWorkbook(['M']);
    wb.sheets[0].merges.push({ top: 1, left: 1, bottom: 1, right: 3 }, { top: 4, left: 2, bottom: 5, right: 2 });
    putValues(wb.sheets[0], 1, 1, [['title']]);
    putValues(wb.sheets[0], 5, 4, [['x']]);
    const host = createExcelHost(wb);
    const out = await host.run(async (context) => {
      const merged = context.workbook.worksheets.getItem('M').getUsedRange(true).getMergedAreasOrNullObject();
      merged.load('address');
      await context.sync();
      return merged.address;
    });
    expect(out).toBe('M!A1:C1,M!B4:B5');
  });
});

describe('Excel test host, strict as Excel', () => {
  it('refuses navigation through a null object, which Microsoft does not document', async () => {
    const host = createExcelHost();
    await expect(
      host.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject('Nope').getUsedRangeOrNullObject(true);
        missing.load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    // Asking whether it exists is documented, and answered.
    const exists = await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      await context.sync();
      return missing.isNullObject;
    });
    expect(exists).toBe(true);
  });

  it.each([
    ['Range.merge', (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').merge(false)],
    ['RangeFormat.columnWidth (a write, which the client library does not check)', (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem('Sheet1').getRange('A1').format.columnWidth = 40)],
    ['WorksheetCollection.getItemOrNullObject', (c: Excel.RequestContext) => void c.workbook.worksheets.getItemOrNullObject('x').load('name')],
  ])('plays Excel 2016 (ExcelApi 1.1): %s is ApiNotFound', async (_member, call) => {
    const host = createExcelHost(createWorkbook(['Sheet1']), { excelApi: '1.1' });
    await expect(
      host.run(async (context) => {
        call(context);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    // The same call is fine on ExcelApi 1.4.
    const newer = createExcelHost(createWorkbook(['Sheet1']), { excelApi: '1.4' });
    await newer.run(async (context) => {
      call(context);
      await context.sync();
    });
    expect(newer.responder.failures).toEqual([]);
  });

  it('stores a text starting with =, + or - as a formula, as Range.values documents; an apostrophe keeps it text', async () => {
    const host = createExcelHost();
    const read = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:E1');
      range.values = [['- жогорку;', '+7', '=1', "'- жогорку;", "''quoted"]];
      range.load('values,formulas');
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(read.formulas[0].slice(0, 3)).toEqual(['- жогорку;', '+7', '=1']);
    expect(read.values[0]).toEqual(['#NAME?', '#NAME?', '#NAME?', '- жогорку;', "'quoted"]);
  });

  it('refuses a response over 5 MB counted with non-ASCII escaped, though its UTF-8 is under', async () => {
    const wb = createWorkbook(['Big']);
    // 1,000 cells of 1,000 Cyrillic letters: 2 MB in UTF-8, 6 MB escaped.
    putValues(wb.sheets[0], 1, 1, Array.from({ length: 1000 }, () => ['ж'.repeat(1000)]));
    const host = createExcelHost(wb);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Big').getUsedRange(true).load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});
