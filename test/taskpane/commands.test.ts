/** Ribbon commands: the options they insert with, and that each always completes its event. */
import { makeHandlers, registerLanguageFor } from '../../src/commands/commands';
import { DEFAULT_ROWS_PER_HEADING } from '../../src/registers/template-options';
import type { ExcelActions } from '../../src/taskpane/services/excel-actions';
import { report } from './fakes';

function fake(overrides: Partial<ExcelActions> = {}): jest.Mocked<ExcelActions> {
  return {
    capabilities: { inExcel: true, basic: true, dropdowns: true, conditionalFormats: true },
    insertTemplate: jest.fn().mockResolvedValue({ sheetName: 'x', skipped: [] }),
    check: jest.fn().mockResolvedValue(report([])),
    clearMarks: jest.fn(),
    selectCell: jest.fn(),
    ...overrides,
  } as jest.Mocked<ExcelActions>;
}

describe('ribbon commands', () => {
  test.each([
    ['ru-RU', 'ru'],
    ['ky-KG', 'ky'],
    ['en-US', 'ky'],
    [undefined, 'ky'],
  ])('display language %p inserts a %p register', (display, language) => {
    expect(registerLanguageFor(display)).toBe(language);
  });

  test('Insert Appendix 1 and 2 use the form defaults in the display language', async () => {
    const actions = fake();
    const handlers = makeHandlers(actions, 'ru-RU');
    const event = { completed: jest.fn() };
    await handlers.insertAppendix1(event);
    await handlers.insertAppendix2(event);
    expect(actions.insertTemplate).toHaveBeenNthCalledWith(1, {
      kind: 'risks',
      language: 'ru',
      withSample: false,
      rowsPerHeading: DEFAULT_ROWS_PER_HEADING,
      headings: ['permitting', 'services'],
    });
    expect(actions.insertTemplate).toHaveBeenNthCalledWith(2, expect.objectContaining({ kind: 'positions', language: 'ru' }));
    expect(event.completed).toHaveBeenCalledTimes(2);
  });

  test('Check runs the check; a failure still completes the event', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const actions = fake({ check: jest.fn().mockRejectedValue(Object.assign(new Error('edit mode'), { code: 'InvalidOperationInCellEditMode' })) });
    const event = { completed: jest.fn() };
    await makeHandlers(actions, 'ky-KG').checkRegisters(event);
    expect(actions.check).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  test('the handler names are the manifest FunctionNames', () => {
    const fs = jest.requireActual<typeof import('fs')>('fs');
    const manifest = fs.readFileSync(`${__dirname}/../../manifest.xml`, 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]).sort();
    expect(names).toEqual(Object.keys(makeHandlers(fake(), 'en')).sort());
  });
});
