/** The adapter's pure parts: names, addresses and runs, list placement, marks, capabilities, errors. */
import { cleanSheetName, uniqueSheetName } from '../../src/excel/sheet-names';
import { chunkAddresses, coalesceCells, parseAreasAddress, parseCell } from '../../src/excel/addresses';
import { allLists, listDefinedName, placeLists } from '../../src/excel/lists-sheet';
import { markFormula, markKindOf, markedSheets, planMarks } from '../../src/excel/marks';
import { capabilitiesFrom, capabilitiesUpTo, detectCapabilities } from '../../src/excel/capabilities';
import { ExcelActionError, toExcelActionError } from '../../src/excel/errors';
import { toCellValue } from '../../src/excel/read-grid';
import { PROBLEM_MESSAGES, skipped } from '../../src/excel/messages';
import { valuesBytes } from '../../src/excel/payload';
import { escapedBytes } from '../support/excel-host/protocol';
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

describe('answer sizes', () => {
  it('counts values as the host does, the larger of UTF-8 and escaped, never less', () => {
    const rows = [['Мамлекеттик кызмат «тобокел»', 12, ''], ['"quoted" \\ ascii', true, 'ж'.repeat(300)]];
    const json = JSON.stringify(rows);
    const actual = Math.max(new TextEncoder().encode(json).length, escapedBytes(json));
    expect(valuesBytes(rows)).toBeGreaterThanOrEqual(actual);
    expect(valuesBytes(rows)).toBeLessThan(actual * 1.1);
  });
});

describe('lists sheet placement', () => {
  const levels = { name: 'riskLevels_ky', values: ['нөлдүк', 'төмөнкү', 'орточо', 'жогорку'] };
  const categories = { name: 'categories_ky', values: ['системалуу (реалдуу)', 'потенциалдуу', 'кырдаалдык'] };

  it('puts every list, the form’s first, into a new lists sheet from column A, each under a defined name', () => {
    const placement = placeLists([levels, categories], [], ['Sheet1']);
    expect(placement.sources.get('riskLevels_ky')).toBe('=Tobokel_lists!$A$2:$A$5');
    expect(placement.sources.get('categories_ky')).toBe('=Tobokel_lists!$B$2:$B$4');
    const sheet = placement.sheet!;
    expect(sheet.name).toBe('Tobokel_lists');
    expect(sheet.values[0].slice(0, 2)).toEqual(['riskLevels_ky', 'categories_ky']);
    expect(sheet.values[4].slice(0, 2)).toEqual(['жогорку', null]);
    // Both languages' lists, so a Russian form later finds its lists there too.
    expect(sheet.values[0]).toEqual(expect.arrayContaining(allLists().map((l) => l.name)));
    expect(sheet.names.slice(0, 2)).toEqual([
      { name: listDefinedName(levels), reference: '=Tobokel_lists!$A$2:$A$5' },
      { name: listDefinedName(categories), reference: '=Tobokel_lists!$B$2:$B$4' },
    ]);
    // Inside the grid whatever was there before: a new sheet starts at A.
    expect(sheet.values[0].length).toBeLessThan(20);
  });

  it('reuses a named list wherever it is now, and never writes to an existing sheet', () => {
    const names = [{ name: listDefinedName(levels), type: 'Range', value: "'Renamed lists'!$C$2:$C$5" }];
    const placement = placeLists([levels], names, ['Sheet1', 'Renamed lists']);
    expect(placement).toEqual({ sources: new Map([['riskLevels_ky', "='Renamed lists'!$C$2:$C$5"]]) });
    // A list whose values changed has another name: it goes to a new sheet, beside a user's own «Tobokel_lists».
    const changed = { name: 'riskLevels_ky', values: ['төмөнкү'] };
    expect(listDefinedName(changed)).not.toBe(listDefinedName(levels));
    const fresh = placeLists([changed], names, ['Tobokel_lists']);
    expect(fresh.sheet!.name).toBe('Tobokel_lists (2)');
    expect(fresh.sources.get('riskLevels_ky')).toBe("='Tobokel_lists (2)'!$A$2");
    // A name whose sheet was deleted (#REF!) counts as missing.
    expect(placeLists([levels], [{ ...names[0], value: '#REF!' }], []).sheet).toBeDefined();
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
    expect(capabilitiesUpTo('1.7')).toEqual({ layout: true, intersections: true, conditionalFormats: true, freezePanes: true, dataValidation: false, rangeAreas: false, pageLayout: false, mergedAreas: false });
    expect(capabilitiesUpTo('1.1')).toMatchObject({ layout: false, intersections: false, conditionalFormats: false });
    const asked: string[] = [];
    capabilitiesFrom((name, version) => (asked.push(`${name} ${version}`), true));
    expect(asked).toEqual(expect.arrayContaining(['ExcelApi 1.2', 'ExcelApi 1.4', 'ExcelApi 1.6', 'ExcelApi 1.8', 'ExcelApi 1.9', 'ExcelApi 1.13']));
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
    // Every code Excel returns to Tobokel's calls reads as its own plain message, never "unexpected".
    const problems = Object.fromEntries(
      ['ApiNotFound', 'AccessDenied', 'InvalidArgument', 'ItemNotFound', 'GeneralException', 'RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'InvalidOperation'].map((code) => [code, toExcelActionError('insert', { code, message: 'x' }).problem]),
    );
    expect(problems).toEqual({
      ApiNotFound: 'unsupported',
      AccessDenied: 'protected',
      InvalidArgument: 'refused-value',
      ItemNotFound: 'not-found',
      GeneralException: 'general',
      RequestPayloadSizeLimitExceeded: 'too-large',
      ResponsePayloadSizeLimitExceeded: 'too-large',
      InvalidOperation: 'protected',
    });
    const unsupported = toExcelActionError('insert', { code: 'ApiNotFound' }).messages;
    expect([unsupported.ky, unsupported.ru, unsupported.en]).toEqual([expect.stringMatching(/\.xlsx/), expect.stringMatching(/\.xlsx/), expect.stringMatching(/template workbook/)]);
    const unknown = toExcelActionError('clear', new Error('boom'));
    expect(unknown.problem).toBe('unknown');
    expect(Object.values(unknown.messages).every((m) => m.length > 10)).toBe(true);
    expect(toExcelActionError('clear', edit)).toBe(edit);
  });

  it('has every problem and every skipped feature in Kyrgyz, Russian and English', () => {
    const all = [...Object.values(PROBLEM_MESSAGES), ...(['layout', 'freeze', 'print', 'dropdowns', 'marks'] as const).map((f) => skipped(f, '1.x').messages)];
    for (const m of all) {
      expect([m.ky.length > 20, m.ru.length > 20, m.en.length > 20]).toEqual([true, true, true]);
      expect(new Set([m.ky, m.ru, m.en]).size).toBe(3);
      // Kyrgyz has letters Russian lacks in nearly every sentence; Russian and English do not mix.
      expect(m.ru).toMatch(/[а-я]/);
      expect(m.en).not.toMatch(/[а-яё]/i);
    }
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
