import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/xlsx';

/** Tests may build fixtures with ExcelJS; product code goes through src/xlsx only. */
async function workbook(fill: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Data'), book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readWorkbook', () => {
  it('gives a merged area its value once, in its top-left cell, and lists the merge', async () => {
    const buffer = await workbook((sheet) => {
      sheet.getCell('B2').value = 'Уруксат берүү функциясы';
      sheet.mergeCells('B2:D3');
      sheet.getCell('B4').value = 'x';
    });
    const [grid] = await readWorkbook(buffer);
    expect(grid.firstRow).toBe(2);
    expect(grid.firstColumn).toBe(2);
    expect(grid.values).toEqual([['Уруксат берүү функциясы'], [], ['x']]);
    expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 3, right: 4 }]);
  });

  it('reads cached formula results, never formula text, and error results as CellError', async () => {
    const buffer = await workbook((sheet) => {
      sheet.getCell('A1').value = { formula: 'CONCATENATE("орточо","")', result: 'орточо' } as ExcelJS.CellFormulaValue;
      sheet.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      sheet.getCell('A3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      sheet.getCell('A4').value = { formula: '2+2', result: 4 } as ExcelJS.CellFormulaValue;
      sheet.getCell('B4').value = { sharedFormula: 'A4', result: 4 } as ExcelJS.CellSharedFormulaValue;
      sheet.getCell('A5').value = { formula: 'VLOOKUP(1,Z:Z,1,0)', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
      sheet.getCell('A6').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
    });
    const [grid] = await readWorkbook(buffer);
    expect(grid.values.slice(0, 5)).toEqual([['орточо'], [{ error: '#DIV/0!' }], [{ error: '#N/A' }], [4, 4], [{ error: '#REF!' }]]);
    // A formula never calculated has no value for the checks to read.
    expect(grid.values).toHaveLength(5);
  });

  it('reads dates as Date, rich text and hyperlinks as plain text, booleans and numbers as themselves', async () => {
    const when = new Date(Date.UTC(2016, 4, 18));
    const buffer = await workbook((sheet) => {
      sheet.getCell('A1').value = when;
      sheet.getCell('A1').numFmt = 'dd.mm.yyyy';
      sheet.getCell('A2').value = { richText: [{ text: 'Коррупциялык ', font: { bold: true } }, { text: 'тобокелдик' }] };
      sheet.getCell('A3').value = { text: 'toktom.kg', hyperlink: 'http://toktom.kg' };
      sheet.getCell('A4').value = true;
      sheet.getCell('A5').value = 3.5;
    });
    const [grid] = await readWorkbook(buffer);
    expect(grid.values[0][0]).toBeInstanceOf(Date);
    expect((grid.values[0][0] as Date).toISOString()).toBe(when.toISOString());
    expect(grid.values.slice(1)).toEqual([['Коррупциялык тобокелдик'], ['toktom.kg'], [true], [3.5]]);
  });

  it('keeps every sheet in order, an empty sheet as an empty grid', async () => {
    const buffer = await workbook((sheet, book) => {
      sheet.getCell('A1').value = 1;
      book.addWorksheet('Empty');
      book.addWorksheet('Hidden', { state: 'hidden' }).getCell('C3').value = 'c';
    });
    const grids = await readWorkbook(buffer);
    expect(grids.map((grid) => [grid.sheet, grid.values.length])).toEqual([['Data', 1], ['Empty', 0], ['Hidden', 1]]);
    expect(grids[2].firstColumn).toBe(3);
  });
});
