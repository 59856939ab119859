import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { DEFAULT_LIMITS, WorkbookReadError, readWorkbook, writePlans } from '../../src/xlsx';
import type { WorkbookErrorCode } from '../../src/xlsx';
import { handPlan } from './plan-fixture';
import { inspectPackage } from '../../src/xlsx/inspect';
import { buildZip, deflateZeros, type RawEntry } from './zip-tools';
import { deflateRawSync } from 'zlib';

async function failure(input: Buffer | string, file = 'bad.xlsx', limits = {}): Promise<WorkbookReadError> {
  try {
    await readWorkbook(input, { file: typeof input === 'string' ? undefined : file, limits });
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    return error as WorkbookReadError;
  }
  throw new Error('expected the read to fail');
}

function expectReason(error: WorkbookReadError, code: WorkbookErrorCode, file = 'bad.xlsx'): void {
  expect(error.code).toBe(code);
  expect(error.message.startsWith(`${file}: `)).toBe(true);
  expect(error.message).not.toContain('\n');
  // The same reason in every interface language, each naming the file; `message` is the English one.
  expect(error.messages.en).toBe(error.message);
  for (const lang of ['ky', 'ru'] as const) {
    expect(error.messages[lang].startsWith(`${file}: `)).toBe(true);
    expect(error.messages[lang]).not.toContain('\n');
    expect(error.messages[lang]).toMatch(/[а-яөүң]/i);
  }
}

/** A real workbook with one part replaced, e.g. a worksheet made huge cheaply as a string. */
async function withPart(part: string, content: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await writePlans([handPlan()]));
  zip.file(part, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function sheetXml(rows: Iterable<string>): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${[...rows].join('')}</sheetData></worksheet>`;
}

function* numberedRows(count: number): Generator<string> {
  for (let r = 1; r <= count; r += 1) yield `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
}

describe('readWorkbook refuses bad input with a one-line reason naming the file', () => {
  it('random bytes', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    expectReason(await failure(bytes), 'not-xlsx');
  });

  it('an empty file', async () => {
    expectReason(await failure(Buffer.alloc(0)), 'not-xlsx');
  });

  it('a truncated workbook', async () => {
    const whole = await writePlans([handPlan()]);
    expectReason(await failure(whole.subarray(0, Math.floor(whole.length / 2))), 'truncated');
    expectReason(await failure(whole.subarray(0, whole.length - 10)), 'truncated');
  });

  it('a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w/>');
    expectReason(await failure(await zip.generateAsync({ type: 'nodebuffer' })), 'not-xlsx');
  });

  it('a password-protected workbook (an encrypted CFB container)', async () => {
    const cfb = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('EncryptionInfo', 'utf16le').copy(cfb, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 1152);
    const error = await failure(cfb);
    expectReason(error, 'encrypted');
    expect(error.message).toMatch(/password/);
  });

  it('an old binary .xls', async () => {
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('Workbook', 'utf16le').copy(cfb, 512);
    expectReason(await failure(cfb), 'legacy-xls');
  });

  it('a zip bomb whose directory admits the size (64 MB of zeros, about 64 KB on disk)', async () => {
    const compressed = await deflateZeros(64 * 1024 * 1024);
    expect(compressed.length).toBeLessThan(200 * 1024);
    const bomb = buildZip([
      { name: 'xl/workbook.xml', compressed: deflateRawSync('<workbook/>'), claimedSize: 11 },
      { name: 'xl/worksheets/sheet1.xml', compressed, claimedSize: 64 * 1024 * 1024 },
    ]);
    const error = await failure(bomb);
    expectReason(error, 'zip-bomb');
    expect(error.message).toMatch(/compresses \d+:1/);
  });

  it('a zip whose directory claims more than the limit unpacked', async () => {
    const small = deflateRawSync(Buffer.from('<x/>'));
    const bomb = buildZip([
      { name: 'xl/workbook.xml', compressed: small, claimedSize: 4 },
      { name: 'xl/sharedStrings.xml', compressed: small, claimedSize: DEFAULT_LIMITS.maxUncompressedBytes + 1 },
    ]);
    expectReason(await failure(bomb), 'zip-bomb');
  });

  it('a picture whose directory understates it, once the package could pass the limit', async () => {
    const compressed = await deflateZeros(16 * 1024 * 1024);
    const liar = buildZip([
      { name: 'xl/workbook.xml', compressed: deflateRawSync('<workbook/>'), claimedSize: 11 },
      { name: 'xl/media/image1.png', compressed, claimedSize: 1000 },
    ]);
    expectReason(await failure(liar, 'bad.xlsx', { maxUncompressedBytes: 8 * 1024 * 1024 }), 'zip-bomb');
  });

  it('a zip whose directory understates an entry that inflates far beyond it', async () => {
    const compressed = await deflateZeros(16 * 1024 * 1024);
    const liar = buildZip([
      { name: 'xl/workbook.xml', compressed: deflateRawSync('<workbook/>'), claimedSize: 11 },
      { name: 'xl/worksheets/sheet1.xml', compressed, claimedSize: 1000 },
    ]);
    // Where deflate could take the package past its limit, the inspection refuses the sheet itself; where
    // it could not, JSZip does, and the sheet is named all the same.
    await expect(inspectPackage(liar, 'bad.xlsx', { ...DEFAULT_LIMITS, maxUncompressedBytes: 8 * 1024 * 1024 })).rejects.toMatchObject({ code: 'zip-bomb' });
    await expect(inspectPackage(liar, 'bad.xlsx', DEFAULT_LIMITS)).resolves.toBeUndefined();
    for (const limits of [{}, { maxUncompressedBytes: 8 * 1024 * 1024 }]) {
      const error = await failure(liar, 'bad.xlsx', limits);
      expectReason(error, 'zip-bomb');
      expect(error.message).toMatch(/sheet1\.xml unpacks to more than its stated size/);
    }
  });

  /** A real workbook rebuilt entry by entry: `part` as `write` makes it from its content, the others deflated and truly sized. */
  async function withRawPart(part: string, write: (content: Buffer) => RawEntry): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await writePlans([handPlan()]));
    const parts = await Promise.all(Object.values(zip.files).filter((entry) => !entry.dir).map(async (entry) => {
      const content = await entry.async('nodebuffer');
      return entry.name === part ? write(content) : { name: entry.name, compressed: deflateRawSync(content), claimedSize: content.length };
    }));
    return buildZip(parts);
  }

  /** A real workbook whose `part` holds what `lie` makes of it, while its directory states the true part's size. */
  const misstated = (part: string, lie: (content: Buffer) => Buffer) =>
    withRawPart(part, (content) => ({ name: part, compressed: deflateRawSync(lie(content)), claimedSize: content.length }));

  const understatedStrings = (extra: Buffer) => misstated('xl/sharedStrings.xml', (content) => Buffer.concat([content, extra]));

  it('shared strings that understate themselves, though deflate could not take them past the limits', async () => {
    const liar = await understatedStrings(Buffer.alloc(1024 * 1024, 0x20));
    // The inspection leaves a part alone that cannot unpack past the limits, whatever its directory says…
    await expect(inspectPackage(liar, 'bad.xlsx', DEFAULT_LIMITS)).resolves.toBeUndefined();
    // …and when JSZip, inside ExcelJS, finds the sizes differ, the part is named.
    const error = await failure(liar);
    expectReason(error, 'zip-bomb');
    expect(error.message).toMatch(/sharedStrings\.xml unpacks to more than its stated size/);
  });

  it('shared strings that understate themselves, where deflate could take them past the part limit', async () => {
    const liar = await understatedStrings(Buffer.alloc(16 * 1024 * 1024, 0x20));
    const limits = { ...DEFAULT_LIMITS, maxXmlPartBytes: 8 * 1024 * 1024 };
    // Refused by the inspection, before ExcelJS inflates them.
    await expect(inspectPackage(liar, 'bad.xlsx', limits)).rejects.toMatchObject({ code: 'zip-bomb' });
    expect((await failure(liar, 'bad.xlsx', limits)).message).toMatch(/sharedStrings\.xml unpacks to more than its stated size/);
  });

  it('shared strings that unpack to less than their directory says: a damaged file, the part named', async () => {
    const short = await misstated('xl/sharedStrings.xml', (content) => content.subarray(0, content.length - 100));
    const error = await failure(short);
    expectReason(error, 'truncated');
    expect(error.message).toMatch(/damaged: entry xl\/sharedStrings\.xml unpacks to less than its stated size/);
    expect(error.message).not.toMatch(/Bug|mismatch/);
  });

  it('a part stored uncompressed whose directory misstates its size: refused either way, the part named', async () => {
    const part = 'xl/sharedStrings.xml';
    const storedStrings = (misstatement: number) =>
      withRawPart(part, (content) => ({ name: part, compressed: content, stored: true, claimedSize: content.length + misstatement }));
    expect((await readWorkbook(await storedStrings(0))).length).toBeGreaterThan(0);
    const short = await failure(await storedStrings(100));
    expectReason(short, 'truncated');
    expect(short.message).toMatch(/sharedStrings\.xml unpacks to less than its stated size/);
    const long = await failure(await storedStrings(-100));
    expectReason(long, 'zip-bomb');
    expect(long.message).toMatch(/sharedStrings\.xml unpacks to more than its stated size/);
  });

  it('a sheet too small by its stated size to hold too many rows, hiding more than the limit', async () => {
    const rows = DEFAULT_LIMITS.maxRowsPerSheet + 1;
    const liar = await misstated('xl/worksheets/sheet1.xml', () => Buffer.from(sheetXml(numberedRows(rows))));
    // Its rows are not counted from a size that cannot hold them, and the lie is refused before ExcelJS reads one.
    const error = await failure(liar);
    expectReason(error, 'zip-bomb');
    expect(error.message).toMatch(/sheet1\.xml unpacks to more than its stated size/);
  });

  it(`a sheet just over the ${DEFAULT_LIMITS.maxRowsPerSheet}-row limit`, async () => {
    const huge = await withPart('xl/worksheets/sheet1.xml', sheetXml(numberedRows(DEFAULT_LIMITS.maxRowsPerSheet + 1)));
    const error = await failure(huge);
    expectReason(error, 'too-many-rows');
    expect(error.message).toContain(String(DEFAULT_LIMITS.maxRowsPerSheet));
  });

  it('a sheet of a million rows, refused from its bytes in seconds, before ExcelJS sees it', async () => {
    const zip = await JSZip.loadAsync(await writePlans([handPlan()]));
    zip.file('xl/worksheets/sheet1.xml', sheetXml(numberedRows(1_000_000)));
    const million = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
    const error = await failure(million);
    expectReason(error, 'too-many-rows');
    expect(error.message).toContain('1000000 rows');
    // Refused by the inspection of the package's bytes, which runs before ExcelJS would parse every row.
    await expect(inspectPackage(million, 'million.xlsx', DEFAULT_LIMITS)).rejects.toMatchObject({ code: 'too-many-rows' });
  });

  it('two values so far apart that the grid would span past the row limit', async () => {
    const sparse = await withPart('xl/worksheets/sheet1.xml', sheetXml(['<row r="1"><c r="A1"><v>1</v></c></row>', '<row r="900000"><c r="A900000"><v>2</v></c></row>']));
    expectReason(await failure(sparse), 'too-many-rows');
  });

  it('a workbook past a stated cell, file-size, part-size or sheet-count limit', async () => {
    const buffer = await writePlans([handPlan()]);
    expectReason(await failure(buffer, 'bad.xlsx', { maxXmlPartBytes: 1000 }), 'too-large');
    expectReason(await failure(await writePlans([handPlan('a'), handPlan('b'), handPlan('c')]), 'bad.xlsx', { maxSheets: 2 }), 'too-large');
    expectReason(await failure(buffer, 'bad.xlsx', { maxCells: 10 }), 'too-many-cells');
    expectReason(await failure(buffer, 'bad.xlsx', { maxFileBytes: 100 }), 'too-large');
    // The package's stated total, though no part compresses suspiciously.
    const total = await failure(buffer, 'bad.xlsx', { maxUncompressedBytes: 1000 });
    expectReason(total, 'zip-bomb');
    expect(total.message).toMatch(/unpacks to more than 0 MB/);
  });

  it('a workbook with exactly as many sheets as the limit allows is read: only sheets count', async () => {
    // Three registers and the hidden sheet of the dropdowns' lists, which is read as no grid.
    const fourSheets = await writePlans([handPlan('a'), handPlan('b'), handPlan('c')]);
    expect(await readWorkbook(fourSheets, { limits: { maxSheets: 4 } })).toHaveLength(3);
    expectReason(await failure(fourSheets, 'bad.xlsx', { maxSheets: 3 }), 'too-large');
  });

  it('flipped bytes anywhere in a workbook: a typed error or a read, never a crash or a hang', async () => {
    const good = await writePlans([handPlan()]);
    let x = 2654435761;
    for (let seed = 0; seed < 40; seed += 1) {
      const bad = Buffer.from(good);
      for (let k = 0; k < 3; k += 1) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        bad[30 + (x % (bad.length - 60))] ^= 0xff;
      }
      // A hang would run into the test's time-out; a crash would be an error of another type.
      await readWorkbook(bad, { file: 'bad.xlsx' }).catch((error: unknown) => {
        expect(error).toBeInstanceOf(WorkbookReadError);
        expectReason(error as WorkbookReadError, (error as WorkbookReadError).code);
      });
    }
  });

  it('an OpenDocument spreadsheet, with advice to save as .xlsx', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    zip.file('content.xml', '<office:document-content/>');
    const error = await failure(await zip.generateAsync({ type: 'nodebuffer' }));
    expectReason(error, 'not-xlsx');
    expect(error.message).toMatch(/OpenDocument.*\.xlsx/);
  });

  it('a path that does not exist, named as given', async () => {
    const missing = path.join(os.tmpdir(), 'tobokel-no-such-file.xlsx');
    expectReason(await failure(missing), 'not-found', missing);
  });

  it('a directory given as a file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tobokel-dir-'));
    expectReason(await failure(dir), 'not-xlsx', dir);
    await fs.rmdir(dir);
  });
});
