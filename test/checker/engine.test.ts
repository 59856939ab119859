/**
 * The checker page's engine, run here in Node (it is the same module the page's worker runs): it answers
 * as the command line does — the same reports, the same refusals, the same consolidation, the same
 * template workbooks — and the checked copy is the workbook plus marks.
 */
import { deflateRawSync, inflateRawSync as nodeInflateRawSync } from 'zlib';
import { checkGrids } from '../../src/checks/check';
import { mistakesPlans } from '../../src/cli/demo-mistakes';
import { templatePlans } from '../../src/cli/commands/template';
import { handle } from '../../src/checker/engine';
import type { EngineMessage, EngineRequest } from '../../src/checker/protocol';
import { inflateRawSync } from '../../src/checker/zlib-browser';
import { FINDINGS_SHEET_WORDS, readWorkbook, writePlans } from '../../src/xlsx';
import { DEFAULT_ROWS_PER_HEADING } from '../../src/registers/template-options';
import { FORM_HEADINGS } from '../../src/order281/function-types';

async function ask(request: EngineRequest): Promise<EngineMessage[]> {
  const messages: EngineMessage[] = [];
  await handle(request, (message) => messages.push(message));
  return messages;
}

const TODAY = '2026-03-01T00:00:00.000Z';

describe('the checker page’s engine', () => {
  let mistakes: Buffer;
  beforeAll(async () => {
    mistakes = await writePlans(mistakesPlans(['risks', 'positions'], 2026));
  });

  test('checks each file as the command line does, refuses a bad one with its reason, and sums several up', async () => {
    const files = [new File([new Uint8Array(mistakes)], 'mistakes.xlsx'), new File([new TextEncoder().encode('not a workbook at all')], 'notes.xlsx')];
    const messages = await ask({ type: 'check', id: 7, files, today: TODAY });
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.map((m) => m.type === 'progress' && [m.index, m.stage])).toEqual([[0, 'reading'], [0, 'checking'], [1, 'reading']]);
    const outcomes = messages.flatMap((m) => (m.type === 'file' ? [m.outcome] : []));
    const expected = checkGrids(await readWorkbook(mistakes, { file: 'mistakes.xlsx' }), { today: new Date(TODAY), file: 'mistakes.xlsx' });
    expect(outcomes[0]).toEqual({ file: 'mistakes.xlsx', key: '7:0', report: expected });
    const refusal = await readWorkbook(Buffer.from('not a workbook at all'), { file: 'notes.xlsx' }).catch((e: { code: string; messages: unknown }) => e);
    expect(outcomes[1]).toEqual({ file: 'notes.xlsx', unreadable: { code: 'not-xlsx', messages: (refusal as { messages: unknown }).messages } });
    const last = messages[messages.length - 1];
    expect(last.type).toBe('checked');
    expect(last.type === 'checked' && last.consolidation?.bodies.map((b) => [b.body, b.ready])).toEqual([['mistakes', false]]);
  });

  test('refuses a file over the size limit before reading it', async () => {
    const big = { name: 'huge.xlsx', size: 51 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as File;
    const messages = await ask({ type: 'check', id: 1, files: [big], today: TODAY });
    const outcome = messages.find((m) => m.type === 'file');
    expect(outcome?.type === 'file' && 'unreadable' in outcome.outcome && outcome.outcome.unreadable.code).toBe('too-large');
  });

  test('writes the checked copy of a file it checked, in the language asked', async () => {
    await ask({ type: 'check', id: 3, files: [new File([new Uint8Array(mistakes)], 'mistakes.xlsx')], today: TODAY });
    const [answer] = await ask({ type: 'copy', id: 4, key: '3:0', language: 'ky' });
    expect(answer.type).toBe('bytes');
    const grids = await readWorkbook(Buffer.from((answer as { bytes: Uint8Array }).bytes));
    expect(grids.map((g) => g.sheet)).toContain(FINDINGS_SHEET_WORDS.sheetName.ky);
    const [missing] = await ask({ type: 'copy', id: 5, key: '99:0', language: 'ky' });
    expect(missing.type).toBe('failed');
  });

  test.each([
    [['risks'], 'ky', false],
    [['positions'], 'ru', true],
    [['risks', 'positions'], 'ru', false],
  ] as const)('writes the template `tobokel template` writes: %j, %s, samples %s', async (kinds, language, withSample) => {
    const [answer] = await ask({ type: 'template', id: 9, kinds: [...kinds], language, withSample, year: 2026 });
    expect(answer.type).toBe('bytes');
    const cli = await writePlans(templatePlans({ kinds: [...kinds], language, withSample, rowsPerHeading: DEFAULT_ROWS_PER_HEADING, headings: [...FORM_HEADINGS], year: 2026 }));
    expect(await readWorkbook(Buffer.from((answer as { bytes: Uint8Array }).bytes))).toEqual(await readWorkbook(cli));
  });
});

describe('the browser’s inflate (pako) behaves as Node’s zlib does for the reader', () => {
  const data = Buffer.from('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(2000));
  const packed = deflateRawSync(data);

  test('inflates to the same bytes', () => {
    expect(Buffer.compare(inflateRawSync(packed, { maxOutputLength: data.length + 1 }), nodeInflateRawSync(packed))).toBe(0);
  });

  test('fails past the cap with the code the reader turns into a zip-bomb refusal', () => {
    expect(() => inflateRawSync(packed, { maxOutputLength: 1000 })).toThrow(expect.objectContaining({ code: 'ERR_BUFFER_TOO_LARGE' }));
  });

  test('fails on bytes that are not deflate', () => {
    expect(() => inflateRawSync(Buffer.from([0xff, 0xff, 0xff, 0xff]))).toThrow();
  });

  test('fails on a truncated stream, as Node does', () => {
    expect(() => nodeInflateRawSync(packed.subarray(0, 20))).toThrow();
    expect(() => inflateRawSync(packed.subarray(0, 20))).toThrow('unexpected end of file');
  });
});
