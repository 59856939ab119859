/** @jest-environment jsdom */
/** Ribbon commands: the options they insert with, and that each always completes its event. */
import { makeHandlers, registerLanguageFor } from '../../src/commands/commands';
import { DEFAULT_ROWS_PER_HEADING } from '../../src/registers/template-options';
import type { ExcelActions } from '../../src/taskpane/services/excel-actions';
import { report } from './fakes';
import { renderNotice, requestedNotice } from '../../src/commands/notice-dialog';
import { toExcelActionError } from '../../src/excel/errors';
import type { Finding, Severity } from '../../src/checks/report';

const finding = (severity: Severity) => ({ sheet: 'S', cell: 'C5', row: 5, column: 'unit', severity, rule: 'x.y', paragraph: 'p.4', message: 'm' }) as unknown as Finding;

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

  test('Check tells its verdict, in Office’s language, before completing', async () => {
    const notify = jest.fn().mockResolvedValue(undefined);
    const notReady = report([finding('error'), finding('error'), finding('warning')]);
    const actions = fake({ check: jest.fn().mockResolvedValueOnce(notReady).mockResolvedValueOnce(report([])) });
    const event = { completed: jest.fn() };
    await makeHandlers(actions, 'ru-RU', notify).checkRegisters(event);
    expect(notify).toHaveBeenLastCalledWith({ title: 'Не готово', body: expect.stringMatching(/^Ошибок: 2, предупреждений: 1, коррупциогенных должностей: 0\./) });
    await makeHandlers(actions, 'ky-KG', notify).checkRegisters(event);
    expect(notify).toHaveBeenLastCalledWith({ title: 'Тапшырууга даяр', body: expect.stringMatching(/^Каталар: 0,/) });
    expect(event.completed).toHaveBeenCalledTimes(2);
  });

  test('a refused command says what happened and what to do, and still completes the event', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const notify = jest.fn().mockResolvedValue(undefined);
    const refusal = toExcelActionError('insert', { code: 'AccessDenied', message: 'The workbook is protected.' });
    const actions = fake({
      check: jest.fn().mockRejectedValue(Object.assign(new Error('boom'), { code: 'GeneralException' })),
      insertTemplate: jest.fn().mockRejectedValue(refusal),
    });
    const event = { completed: jest.fn() };
    await makeHandlers(actions, 'en-US', notify).insertAppendix1(event);
    expect(notify).toHaveBeenLastCalledWith({ title: 'Tobokel could not do that', body: refusal.messages.en, detail: 'The workbook is protected.' });
    await makeHandlers(actions, 'ky-KG', notify).checkRegisters(event);
    expect(notify).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Tobokel аракетти аткара алган жок', detail: 'boom' }));
    expect(event.completed).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  test('an insert that succeeds needs no dialog: the new form is the active sheet', async () => {
    const notify = jest.fn();
    await makeHandlers(fake(), 'en-US', notify).insertAppendix2({ completed: jest.fn() });
    expect(notify).not.toHaveBeenCalled();
  });

  test('the notice dialog is the function file itself, showing the notice in its address', () => {
    const notice = { title: 'Не готово', body: 'Ошибок: 2 <b>', detail: 'x' };
    const search = `?${new URLSearchParams({ notice: JSON.stringify(notice) }).toString()}`;
    expect(requestedNotice(search)).toEqual(notice);
    expect(requestedNotice('?notice=%7Bbroken')).toBeUndefined();
    expect(requestedNotice('')).toBeUndefined();
    const close = jest.fn();
    document.body.innerHTML = '';
    renderNotice(document, notice, close);
    expect(document.querySelector('h1')!.textContent).toBe('Не готово');
    // Text, never markup.
    expect(document.body.textContent).toContain('Ошибок: 2 <b>');
    document.querySelector('button')!.click();
    expect(close).toHaveBeenCalled();
  });

  test('the handler names are the manifest FunctionNames', () => {
    const fs = jest.requireActual<typeof import('fs')>('fs');
    const manifest = fs.readFileSync(`${__dirname}/../../manifest.xml`, 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]).sort();
    expect(names).toEqual(Object.keys(makeHandlers(fake(), 'en')).sort());
  });
});
