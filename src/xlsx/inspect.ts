/**
 * Looks at a file before ExcelJS does. ExcelJS inflates every entry into memory and builds an object per
 * cell, so anything hostile or absurd must be refused here, from the zip's own directory and a bounded
 * inflate, never by letting the load run out of memory.
 */
import { inflateRawSync } from 'zlib';
import JSZip from 'jszip';
import { WorkbookReadError } from './errors';
import type { ReadLimits } from './limits';
import { REASONS } from './reasons';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// Office writes a password-protected .xlsx as a CFB container with these streams (MS-OFFCRYPTO).
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'].map((name) => Buffer.from(name, 'utf16le'));

/** JSZip keeps the central directory's figures and the raw entry bytes here; they are not in its typings. */
interface JsZipEntryData {
  compressedSize: number;
  uncompressedSize: number;
  compressedContent?: Uint8Array;
  compression?: { magic: string };
}

const DEFLATE = '\x08\x00';
const STORED = '\x00\x00';

function sniff(buffer: Buffer, file: string): void {
  if (buffer.length >= 8 && buffer.subarray(0, 8).equals(CFB_MAGIC)) {
    if (ENCRYPTION_STREAMS.some((name) => buffer.includes(name))) {
      throw new WorkbookReadError('encrypted', file, REASONS.encrypted());
    }
    throw new WorkbookReadError('legacy-xls', file, REASONS.legacyXls());
  }
  if (buffer.length < 4 || !buffer.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new WorkbookReadError('not-xlsx', file, REASONS.notZip());
  }
}

export interface InspectOptions {
  /** Inflate every part, not only those that could pass a limit: the reader asks it to name a part JSZip found lying about its size. */
  everyPart?: boolean;
}

export async function inspectPackage(buffer: Buffer, file: string, limits: ReadLimits, options: InspectOptions = {}): Promise<void> {
  if (buffer.length > limits.maxFileBytes) {
    throw new WorkbookReadError('too-large', file, REASONS.fileTooLarge(buffer.length, limits.maxFileBytes));
  }
  sniff(buffer, file);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    throw new WorkbookReadError('truncated', file, REASONS.truncated(oneLine(error)));
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (zip.files.mimetype && zip.files['content.xml']) {
    throw new WorkbookReadError('not-xlsx', file, REASONS.openDocument());
  }
  if (!entries.some((entry) => partName(entry) === 'xl/workbook.xml')) {
    throw new WorkbookReadError('not-xlsx', file, REASONS.zipNotWorkbook());
  }

  // First the directory's own claims: cheap, and enough for an honest zip bomb.
  let claimed = 0;
  for (const entry of entries) {
    const data = entryData(entry);
    claimed += data.uncompressedSize;
    if (claimed > limits.maxUncompressedBytes) {
      throw new WorkbookReadError('zip-bomb', file, REASONS.unpacksTooMuch(limits.maxUncompressedBytes));
    }
    checkRatio(entry.name, data.uncompressedSize, data.compressedSize, file, limits);
    if (/\.xml$/i.test(entry.name) && data.uncompressedSize > limits.maxXmlPartBytes) {
      throw new WorkbookReadError('too-large', file, REASONS.partTooLarge(entry.name, data.uncompressedSize, limits.maxXmlPartBytes));
    }
  }

  const sheets = entries.filter((entry) => WORKSHEET.test(partName(entry)));
  if (sheets.length > limits.maxSheets) {
    throw new WorkbookReadError('too-large', file, REASONS.tooManySheets(sheets.length, limits.maxSheets));
  }

  // Then the bytes, each inflate capped at what the directory claimed: JSZip (inside ExcelJS) inflates a
  // whole entry before it compares sizes, so a directory that understates an entry is caught here instead.
  // Every part when deflate's 1032:1 ceiling could take the package past the limit, and an XML part whose
  // ceiling could pass the part limit: ExcelJS makes objects of XML, so its true size bounds ExcelJS's
  // memory. A sheet, besides, when its stated size could hold more rows than the limit, and every sheet when
  // theirs could hold more cells: those are counted from their true bytes. Any other part cannot unpack past
  // the limits whatever its directory says, nor, unless its directory lies, hold too many rows or cells:
  // JSZip's own check refuses the lie, after an inflate the limits already bound (`options.everyPart` then
  // names the part).
  const ceiling = entries.reduce((sum, entry) => sum + deflateCeiling(entry), 0);
  const inflateAll = options.everyPart === true || ceiling > limits.maxUncompressedBytes;
  const statedSheetBytes = sheets.reduce((sum, entry) => sum + entryData(entry).uncompressedSize, 0);
  // A counted row tag takes at least MIN_ROW_BYTES, a cell tag MIN_CELL_BYTES: fewer bytes cannot pass the limits.
  const countCells = statedSheetBytes >= limits.maxCells * MIN_CELL_BYTES;
  let cells = 0;
  for (const entry of entries) {
    const part = partName(entry);
    const data = entryData(entry);
    const sheet = WORKSHEET.test(part);
    const countRows = sheet && data.uncompressedSize >= limits.maxRowsPerSheet * MIN_ROW_BYTES;
    const countItsCells = sheet && countCells;
    const xmlMayPassItsLimit = XML_PART.test(part) && deflateCeiling(entry) > limits.maxXmlPartBytes;
    if (!inflateAll && !xmlMayPassItsLimit && !countRows && !countItsCells) continue;
    const bytes = inflateEntry(entry.name, data, file);
    if (countRows) {
      const rows = countTags(bytes, ROW_TAGS);
      if (rows > limits.maxRowsPerSheet) {
        throw new WorkbookReadError('too-many-rows', file, REASONS.tooManyRows(rows, limits.maxRowsPerSheet));
      }
    }
    if (countItsCells) {
      cells += countTags(bytes, CELL_TAGS);
      if (cells > limits.maxCells) {
        throw new WorkbookReadError('too-many-cells', file, REASONS.tooManyCells(limits.maxCells));
      }
    }
  }
}

function partName(entry: JSZip.JSZipObject): string {
  return entry.name.replace(/^\//, '');
}

const XML_PART = /\.(xml|rels)$/i;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** Deflate's best case (RFC 1951: 258-byte matches in about two bits each). */
const DEFLATE_MAX_RATIO = 1032;
/** The shortest a counted row (`<row r="1"/>` is longer) or cell tag can be. */
const MIN_ROW_BYTES = 5;
const MIN_CELL_BYTES = 3;

function entryData(entry: JSZip.JSZipObject): JsZipEntryData {
  return (entry as unknown as { _data: JsZipEntryData })._data;
}

/** The most an entry can unpack to, whatever its directory says. */
function deflateCeiling(entry: JSZip.JSZipObject): number {
  return DEFLATE_MAX_RATIO * entryData(entry).compressedSize;
}

function checkRatio(name: string, size: number, compressed: number, file: string, limits: ReadLimits): void {
  if (size > limits.ratioFloorBytes && size > limits.maxCompressionRatio * Math.max(compressed, 1)) {
    throw new WorkbookReadError('zip-bomb', file, REASONS.compressionRatio(name, Math.round(size / Math.max(compressed, 1))));
  }
}

function inflateEntry(name: string, data: JsZipEntryData, file: string): Buffer {
  const content = data.compressedContent;
  const method = data.compression?.magic;
  if (!content) {
    throw new WorkbookReadError('unreadable', file, REASONS.entryUnreadable(name));
  }
  const raw = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (method === STORED) {
    return ofStatedSize(raw, name, data, file);
  }
  if (method !== DEFLATE) {
    throw new WorkbookReadError('unreadable', file, REASONS.unknownCompression(name));
  }
  try {
    // One byte of slack: an entry that produces it is bigger than its directory entry says.
    return ofStatedSize(inflateRawSync(raw, { maxOutputLength: data.uncompressedSize + 1 }), name, data, file);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new WorkbookReadError('zip-bomb', file, REASONS.unpacksPastStatedSize(name));
    }
    throw new WorkbookReadError('truncated', file, REASONS.truncatedEntry(name, oneLine(error)));
  }
}

/** The entry's bytes, if they are as many as its directory says; JSZip would refuse them too, in words meant for its own developers. */
function ofStatedSize(bytes: Buffer, name: string, data: JsZipEntryData, file: string): Buffer {
  if (bytes.length > data.uncompressedSize) {
    throw new WorkbookReadError('zip-bomb', file, REASONS.unpacksPastStatedSize(name));
  }
  if (bytes.length < data.uncompressedSize) {
    throw new WorkbookReadError('truncated', file, REASONS.unpacksShortOfStatedSize(name));
  }
  return bytes;
}

const ROW_TAGS = [Buffer.from('<row '), Buffer.from('<row>')];
const CELL_TAGS = [Buffer.from('<c '), Buffer.from('<c>')];

function countTags(bytes: Buffer, tags: Buffer[]): number {
  let count = 0;
  for (const tag of tags) {
    for (let at = bytes.indexOf(tag); at !== -1; at = bytes.indexOf(tag, at + tag.length)) count += 1;
  }
  return count;
}

export function oneLine(error: unknown): string {
  // Not `instanceof Error`: errors from node internals or another realm are still errors.
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : String(error);
  return text.split('\n')[0].slice(0, 200);
}
