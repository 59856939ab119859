/** The adapter's pure parts: names, addresses and runs, list placement, marks, capabilities, errors. */
import { cleanSheetName, uniqueSheetName } from '../../src/excel/sheet-names';
import { chunkAddresses, coalesceCells, parseAreasAddress, parseCell } from '../../src/excel/addresses';
import { placeLists } from '../../src/excel/lists-sheet';
import { markFormula, markKindOf, markedSheets, planMarks } from '../../src/excel/marks';
import { capabilitiesFrom, capabilitiesUpTo, detectCapabilities } from '../../src/excel/capabilities';
import { ExcelActionError, toExcelActionError } from '../../src/excel/errors';
import { toCellValue } from '../../src/excel/read-grid';
import { selectCell } from '../../src/excel/select-cell';
import { createExcelHost } from '../support/excel-host/client';
import { createWorkbook } from '../support/excel-host/model';

describe('sheet names', () => {
  it('removes the characters Excel forbids and keeps to 31 characters', () => {
    expect(cleanSheetName('Тизме: 2026/1 [жаңы]?*')).toBe('Тизме 2026 1 жаңы');
    expect(cleanSheetName("'quoted'")).toBe('quoted');
    expect(cleanSheetName('x'.repeat(40))).toHaveLength(31);
    expect(cleanSheetName(' /// ')).toBe('Tobokel');
  });

  it('adds (2), (3)… to a taken name, ignoring case, still within 31 characters', () => {
    expect(uniqueSheetName('Тизме', ['Sheet1'])).toBe('Тизме');
    expect(uniqueSheetName('Тизме', ['тизме'])).toBe('Тизме (2)');
    expect(uniqueSheetName('Тизме', ['Тизме', 'Тизме (2)'])).toBe('Тизме (3)');
    const long = 'Коррупциялык тобокелдиктердин ТИЗМЕГИ';
    const first = uniqueSheetName(long, []);
    const second = uniqueSheetName(long, [first]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(' (2)')).toBe(true);
  });
});

describe('addresses and runs', () => {
  it('coalesces consecutive rows of a column, then equal runs of adjacent columns', () => {
    const cells = [5, 6, 7, 9].map((row) => ({ row, column: 3 })).concat([5, 6, 7].map((row) => ({ row, column: 4 })), [{ row: 6, column: 3 }]);
    expect(coalesceCells(cells)).toEqual([
      { top: 5, bottom: 7, left: 3, right: 4 },
      { top: 9, bottom: 9, left: 3, right: 3 },
    ]);
  });

  it('keeps every tenth row of 5,000 as 500 single-cell runs, chunked into short address lists', () => {
    const runs = coalesceCells(Array.from({ length: 500 }, (_, i) => ({ row: 10 * (i + 1), column: 3 })));
    expect(runs).toHaveLength(500);
    const chunks = chunkAddresses(runs.map((r) => `C${r.top}`), 2000);
    expect(chunks.join(',').split(',')).toHaveLength(500);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(2000);
  });

  it('reads RangeAreas addresses, quoted sheet names with commas included', () => {
    expect(parseAreasAddress("'a, b'!A1:B2,'a, b'!D4")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
    expect(parseCell('$AB$12')).toEqual({ row: 12, column: 28 });
    expect(parseCell('A1:B2')).toBeUndefined();
  });
});

describe('lists sheet placement', () => {
  const levels = { name: 'levels.ky', values: ['нөлдүк', 'төмөнкү', 'орточо', 'жогорку'] };
  const categories = { name: 'categories.ky', values: ['системалуу (реалдуу)', 'потенциалдуу', 'кырдаалдык'] };

  it('starts at column A of a new lists sheet, names in row 1', () => {
    const placement = placeLists([levels, categories], undefined);
    expect(placement.sources.get('levels.ky')).toBe('=Tobokel_lists!$A$2:$A$5');
    expect(placement.sources.get('categories.ky')).toBe('=Tobokel_lists!$B$2:$B$4');
    expect(placement.block!.firstColumn).toBe(1);
    expect(placement.block!.values[0]).toEqual(['levels.ky', 'categories.ky']);
    expect(placement.block!.values[4]).toEqual(['жогорку', null]);
  });

  it('reuses an identical list and puts new ones right of everything already there', () => {
    const existing = { firstRow: 1, firstColumn: 1, values: [['levels.ky', 'note'], ...levels.values.map((v) => [v, ''])] };
    const placement = placeLists([levels, categories], existing);
    expect(placement.sources.get('levels.ky')).toBe('=Tobokel_lists!$A$2:$A$5');
    expect(placement.sources.get('categories.ky')).toBe('=Tobokel_lists!$C$2:$C$4');
    expect(placement.block!.firstColumn).toBe(3);
    // A list of that name with other values is not overwritten: the new one gets its own column.
    const changed = placeLists([{ name: 'levels.ky', values: ['төмөнкү'] }], existing);
    expect(changed.sources.get('levels.ky')).toBe('=Tobokel_lists!$C$2');
  });
});

describe('marks', () => {
  it('recognises only its own marker', () => {
    expect(markKindOf(markFormula('error'))).toBe('error');
    expect(markKindOf('=N("TOBOKEL:flag")=0')).toBe('flag');
    expect(markKindOf('=LEN(C9)>200')).toBeUndefined();
    expect(markKindOf('=N("other:error")=0')).toBeUndefined();
    expect(markKindOf(null)).toBeUndefined();
  });

  it('marks each cell once with its worst severity and flags apart', () => {
    const finding = (cell: string, severity: 'error' | 'warning' | 'info') => ({ sheet: 'S', cell, severity, rule: 'x.y' }) as never;
    const marks = planMarks({
      findings: [finding('C5', 'warning'), finding('C5', 'error'), finding('C6', 'info'), finding('D7', 'warning')],
      flags: [{ sheet: 'S', cell: 'B5' } as never, { sheet: 'S', cell: 'B6' } as never],
    });
    expect(marks.get('S')).toEqual(
      new Map([
        ['error', [{ top: 5, bottom: 5, left: 3, right: 3 }]],
        ['info', [{ top: 6, bottom: 6, left: 3, right: 3 }]],
        ['warning', [{ top: 7, bottom: 7, left: 4, right: 4 }]],
        ['flag', [{ top: 5, bottom: 6, left: 2, right: 2 }]],
      ]),
    );
  });

  it('names the sheets it would mark, the same as the plan: flags count, a workbook-level finding does not', () => {
    const report = {
      findings: [{ sheet: 'Notes', cell: 'A1', severity: 'error', rule: 'workbook.no-register' } as never, { sheet: 'S', cell: 'C5', severity: 'error', rule: 'x.y' } as never],
      flags: [{ sheet: 'P', cell: 'B7' } as never],
    };
    expect(markedSheets(report)).toEqual(['S', 'P']);
    expect(markedSheets(report)).toEqual([...planMarks(report).keys()]);
  });

  it('marks every cell of a finding that covers a run of rows', () => {
    const marks = planMarks({ findings: [{ sheet: 'S', cell: 'A10', range: 'A10:A14', severity: 'warning', rule: 'row.empty-numbered' } as never], flags: [] });
    expect(marks.get('S')).toEqual(new Map([['warning', [{ top: 10, bottom: 14, left: 1, right: 1 }]]]));
  });
});

describe('capabilities', () => {
  it('maps requirement sets to features', () => {
    expect(capabilitiesUpTo('1.7')).toEqual({ conditionalFormats: true, freezePanes: true, dataValidation: false, rangeAreas: false, pageLayout: false, mergedAreas: false });
    const asked: string[] = [];
    capabilitiesFrom((name, version) => (asked.push(`${name} ${version}`), true));
    expect(asked).toEqual(expect.arrayContaining(['ExcelApi 1.6', 'ExcelApi 1.8', 'ExcelApi 1.9', 'ExcelApi 1.13']));
  });

  it('asks Office.context.requirements, and reports nothing outside Office', () => {
    expect(detectCapabilities().conditionalFormats).toBe(false);
    const global = globalThis as { Office?: unknown };
    global.Office = { context: { requirements: { isSetSupported: (_: string, v: string) => v === '1.6' || v === '1.8' } } };
    try {
      expect(detectCapabilities()).toMatchObject({ conditionalFormats: true, dataValidation: true, freezePanes: false });
    } finally {
      delete global.Office;
    }
  });
});

describe('errors and values', () => {
  it('translates Excel’s codes into a problem with words in three languages', () => {
    const edit = toExcelActionError('check', { code: 'InvalidOperationInCellEditMode', message: 'edit mode' });
    expect(edit).toBeInstanceOf(ExcelActionError);
    expect(edit).toMatchObject({ problem: 'edit-mode', code: 'InvalidOperationInCellEditMode', detail: 'edit mode' });
    expect(toExcelActionError('check', { code: 'GeneralException', message: 'The sheet is protected' }).problem).toBe('protected');
    expect(toExcelActionError('insert', { code: 'ResponsePayloadSizeLimitExceeded' }).problem).toBe('too-large');
    const unknown = toExcelActionError('clear', new Error('boom'));
    expect(unknown.problem).toBe('unknown');
    expect(Object.values(unknown.messages).every((m) => m.length > 10)).toBe(true);
    expect(toExcelActionError('clear', edit)).toBe(edit);
  });

  it('reads empty cells as null and error values as errors', () => {
    expect(toCellValue('')).toBeNull();
    expect(toCellValue('#N/A')).toEqual({ error: '#N/A' });
    expect(toCellValue('#1 тизме')).toBe('#1 тизме');
    expect(toCellValue(45000)).toBe(45000);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const host = createExcelHost(createWorkbook(['One', 'Two']));
    await host.run((context) => selectCell(context, 'Two', 'C18'));
    expect(host.workbook.activeSheetId).toBe(host.workbook.sheets[1].id);
    expect(host.workbook.selection).toEqual({ sheetId: host.workbook.sheets[1].id, rect: { top: 18, left: 3, bottom: 18, right: 3 } });
    expect(host.responder.syncs).toBe(1);
  });

  it('says so when the sheet is gone', async () => {
    const host = createExcelHost(createWorkbook(['One']));
    await expect(host.run((context) => selectCell(context, 'Gone', 'A1'))).rejects.toMatchObject({ name: 'ExcelActionError', problem: 'not-found', code: 'ItemNotFound' });
  });
});
