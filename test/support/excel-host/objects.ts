/**
 * The Excel objects the responder knows, each a small table of properties, navigation properties and
 * methods keyed by their PascalCase wire names. Anything not in a table is unknown and fails loudly.
 * Pure TypeScript, no Node APIs.
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, areaAddress, intersects, parseArea, qualify, splitSheet } from './address';
import {
  CellFormat,
  ConditionalFormatRecord,
  DEFAULT_COLUMN_WIDTH,
  MarginName,
  HostValue,
  Sheet,
  Workbook,
  conditionalFormatsOn,
  createSheet,
  findSheet,
  getCell,
  mergesIn,
  touchCell,
  usedRect,
  validationAt,
} from './model';
import { HostError, UnknownCallError } from './protocol';
import { chartsObject } from './charts';

export interface Property {
  get?: () => unknown;
  set?: (value: unknown) => void;
}

/** One object as the responder sees it. */
export interface HostObject {
  /** Excel's type name, for messages. */
  type: string;
  /** An `…OrNullObject` that found nothing. */
  isNull?: boolean;
  /** Sent as `Id` with every loaded item so the client can address the item in later syncs. */
  id?: string;
  props?: Record<string, Property>;
  nav?: Record<string, () => HostObject>;
  /** Methods, both as actions (returning a scalar or nothing) and as paths (returning an object). */
  methods?: Record<string, (...args: unknown[]) => unknown>;
  indexer?: (key: unknown) => HostObject;
  items?: () => HostObject[];
  /** For a Range: where it is, so another range's method can take it as an argument. */
  range?: { sheet: Sheet; rect: Rect };
}

/** Excel refuses more than this many cells in one read (5 million), so the host does too. */
const MAX_READ_CELLS = 5_000_000;

function nullObject(type: string): HostObject {
  return { type, isNull: true };
}

export function isHostObject(value: unknown): value is HostObject {
  return typeof value === 'object' && value !== null && typeof (value as HostObject).type === 'string' && !Array.isArray(value);
}

/** Every change to a protected sheet is refused, as Excel does. */
function guard(sheet: Sheet): void {
  if (sheet.protected) {
    throw new HostError('InvalidOperation', `The sheet '${sheet.name}' is protected; the change was refused.`);
  }
}

function rectCells(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

function forEachCell(rect: Rect, fn: (row: number, column: number) => void): void {
  if (rectCells(rect) > MAX_READ_CELLS) throw new HostError('InvalidOperation', `range ${areaAddress(rect)} is too large to touch cell by cell`);
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
}

/** A 2-D array for the rect, or a single value broadcast over it (Office.js allows both). */
function grid<T>(rect: Rect, value: unknown, what: string): (r: number, c: number) => T {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(value)) return () => value as T;
  const arr = value as unknown[][];
  if (arr.length !== rows || arr.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new HostError('InvalidArgument', `${what}: the array is not ${rows}x${cols} for ${areaAddress(rect)}`);
  }
  return (r, c) => arr[r - rect.top][c - rect.left] as T;
}

function readGrid<T>(rect: Rect, fn: (row: number, column: number) => T): T[][] {
  if (rectCells(rect) > MAX_READ_CELLS) {
    throw new HostError('ResponsePayloadSizeLimitExceeded', `reading ${areaAddress(rect)} exceeds Excel's ${MAX_READ_CELLS} cell limit`);
  }
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(fn(r, c));
    out.push(row);
  }
  return out;
}

/** Reads a format field over a rect: the common value, or null when cells differ (as Excel does). */
function common<T>(sheet: Sheet, rect: Rect, pick: (format: CellFormat) => T | undefined, fallback: T): T | null {
  let first: T | undefined;
  let seen = false;
  for (let r = rect.top; r <= Math.min(rect.bottom, rect.top + 2000); r++) {
    for (let c = rect.left; c <= Math.min(rect.right, rect.left + 200); c++) {
      const v = pick(getCell(sheet, r, c)?.format ?? {}) ?? fallback;
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
  }
  return first ?? fallback;
}

function setFormat(sheet: Sheet, rect: Rect, apply: (format: CellFormat) => void): void {
  guard(sheet);
  forEachCell(rect, (r, c) => apply(touchCell(sheet, r, c).format));
}

function str(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new HostError('InvalidArgument', `${what} must be a string, got ${JSON.stringify(value)}`);
  return value;
}

function bool(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new HostError('InvalidArgument', `${what} must be a boolean, got ${JSON.stringify(value)}`);
  return value;
}

function num(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new HostError('InvalidArgument', `${what} must be a number, got ${JSON.stringify(value)}`);
  return value;
}

function oneOf(value: unknown, allowed: readonly string[], what: string): string {
  const s = str(value, what);
  if (!allowed.includes(s)) throw new HostError('InvalidArgument', `${what} must be one of ${allowed.join(', ')}, got '${s}'`);
  return s;
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;
function color(value: unknown, what: string): string {
  const s = str(value, what);
  if (!COLOR.test(s)) throw new HostError('InvalidArgument', `${what} must be #RRGGBB, got '${s}'`);
  return s.toUpperCase();
}

/** Excel's rules for a sheet name: 1–31 characters, none of `: \ / ? * [ ]`, not starting or ending with `'`. */
function checkSheetName(name: string): void {
  if (name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new HostError('InvalidArgument', `'${name}' is not a valid sheet name`);
  }
}

/** Excel's limits: a cell holds at most 32,767 characters of text, a formula at most 8,192. */
const MAX_CELL_TEXT = 32767;
const MAX_FORMULA = 8192;

/**
 * Stores a written value as Excel does (Range.values): a text starting with `=`, `+` or `-` is read as a
 * formula — the host has no calculation, so its value is the error Excel shows for text it cannot compute;
 * a leading apostrophe marks the rest as text and is not part of the value; a text that is a plain number
 * or TRUE/FALSE becomes that number or boolean.
 */
export function storeValue(cell: { value: HostValue; formula?: string }, value: HostValue): void {
  delete cell.formula;
  if (typeof value !== 'string') {
    cell.value = value;
    return;
  }
  if (value.startsWith("'")) {
    const text = value.slice(1);
    if (text.length > MAX_CELL_TEXT) throw new HostError('InvalidArgument', `a cell holds at most ${MAX_CELL_TEXT} characters, got ${text.length}`);
    cell.value = text;
    return;
  }
  if (/^[=+-]/.test(value)) {
    if (value.length > MAX_FORMULA) throw new HostError('InvalidArgument', `a formula is at most ${MAX_FORMULA} characters, got ${value.length}`);
    cell.formula = value;
    cell.value = '#NAME?';
    return;
  }
  if (value.length > MAX_CELL_TEXT) throw new HostError('InvalidArgument', `a cell holds at most ${MAX_CELL_TEXT} characters, got ${value.length}`);
  if (/^\d+(\.\d+)?(E[+-]?\d+)?$/i.test(value.trim())) cell.value = Number(value);
  else if (/^(true|false)$/i.test(value.trim())) cell.value = value.trim().toLowerCase() === 'true';
  else cell.value = value;
}

// ---------------------------------------------------------------------------------------------------------
// Workbook and worksheets

export function workbookObject(wb: Workbook): HostObject {
  return {
    type: 'Workbook',
    nav: { Worksheets: () => worksheetsObject(wb), Names: () => namesObject(wb) },
    methods: {
      GetSelectedRange: () => {
        const sheet = wb.sheets.find((s) => s.id === wb.selection.sheetId);
        if (!sheet) throw new HostError('ItemNotFound', 'no selection');
        return rangeObject(wb, sheet, wb.selection.rect);
      },
      GetActiveCell: () => {
        const sheet = wb.sheets.find((s) => s.id === wb.selection.sheetId)!;
        const { top, left } = wb.selection.rect;
        return rangeObject(wb, sheet, { top, left, bottom: top, right: left });
      },
    },
  };
}

function worksheetsObject(wb: Workbook): HostObject {
  const get = (key: unknown): Sheet | undefined => findSheet(wb, str(key, 'worksheet key'));
  const getItem = (key: unknown): HostObject => {
    const sheet = get(key);
    if (!sheet) throw new HostError('ItemNotFound', `worksheet '${String(key)}' not found`);
    return worksheetObject(wb, sheet);
  };
  return {
    type: 'WorksheetCollection',
    items: () => wb.sheets.map((s) => worksheetObject(wb, s)),
    // The client sends `getItem(name)` as an indexer path.
    indexer: getItem,
    methods: {
      Add: (name) => {
        refuseIfStructureProtected(wb);
        const wanted = name === undefined || name === null ? `Sheet${wb.sheets.length + 1}` : str(name, 'worksheet name');
        checkSheetName(wanted);
        if (findSheet(wb, wanted)) throw new HostError('ItemAlreadyExists', `a sheet named '${wanted}' already exists`);
        return worksheetObject(wb, createSheet(wb, wanted));
      },
      GetItem: getItem,
      GetItemOrNullObject: (key) => {
        const sheet = get(key);
        return sheet ? worksheetObject(wb, sheet) : nullObject('Worksheet');
      },
      GetActiveWorksheet: () => worksheetObject(wb, wb.sheets.find((s) => s.id === wb.activeSheetId)!),
      GetCount: () => wb.sheets.length,
    },
  };
}

function worksheetObject(wb: Workbook, sheet: Sheet): HostObject {
  const usedRange = (valuesOnly: unknown, orNull: boolean): HostObject => {
    const rect = usedRect(sheet, valuesOnly === true);
    if (rect) return rangeObject(wb, sheet, rect);
    return orNull ? nullObject('Range') : rangeObject(wb, sheet, { top: 1, left: 1, bottom: 1, right: 1 });
  };
  return {
    type: 'Worksheet',
    id: sheet.id,
    props: {
      Id: { get: () => sheet.id },
      Name: {
        get: () => sheet.name,
        set: (v) => {
          guard(sheet);
          refuseIfStructureProtected(wb);
          const name = str(v, 'Worksheet.name');
          checkSheetName(name);
          const other = findSheet(wb, name);
          if (other && other !== sheet) throw new HostError('ItemAlreadyExists', `a sheet named '${name}' already exists`);
          sheet.name = name;
        },
      },
      Position: { get: () => wb.sheets.indexOf(sheet) },
      Visibility: {
        get: () => sheet.visibility,
        set: (v) => {
          const vis = oneOf(v, ['Visible', 'Hidden', 'VeryHidden'], 'Worksheet.visibility') as Sheet['visibility'];
          if (vis !== 'Visible' && wb.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
            throw new HostError('InvalidOperation', 'a workbook must keep at least one visible sheet');
          }
          sheet.visibility = vis;
        },
      },
    },
    nav: {
      FreezePanes: () => freezePanesObject(wb, sheet),
      PageLayout: () => pageLayoutObject(sheet),
      Protection: () => ({ type: 'WorksheetProtection', props: { Protected: { get: () => sheet.protected } } }),
      Charts: () => chartsObject(wb, sheet),
    },
    methods: {
      GetRange: (address) => {
        if (address === undefined || address === null || address === '') return rangeObject(wb, sheet, { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS });
        return rangeObject(wb, sheet, localArea(sheet, str(address, 'address')));
      },
      GetRanges: (address) => {
        const text = str(address, 'address');
        return rangeAreasObject(wb, sheet, text.split(',').map((part) => localArea(sheet, part.trim())));
      },
      GetCell: (row, column) => {
        const r = num(row, 'row') + 1;
        const c = num(column, 'column') + 1;
        return rangeObject(wb, sheet, { top: r, left: c, bottom: r, right: c });
      },
      GetUsedRange: (valuesOnly) => usedRange(valuesOnly, false),
      GetUsedRangeOrNullObject: (valuesOnly) => usedRange(valuesOnly, true),
      Delete: () => {
        refuseIfStructureProtected(wb);
        if (!wb.sheets.includes(sheet)) throw new HostError('ItemNotFound', `worksheet '${sheet.name}' not found`);
        if (sheet.visibility === 'Visible' && wb.sheets.filter((s) => s.visibility === 'Visible').length === 1) {
          throw new HostError('InvalidOperation', 'a workbook must keep at least one visible sheet');
        }
        wb.sheets = wb.sheets.filter((s) => s !== sheet);
        if (wb.activeSheetId === sheet.id) {
          const next = wb.sheets.find((s) => s.visibility === 'Visible')!;
          wb.activeSheetId = next.id;
          wb.selection = { sheetId: next.id, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
        }
      },
      Activate: () => {
        if (sheet.visibility !== 'Visible') throw new HostError('InvalidOperation', `the sheet '${sheet.name}' is hidden and cannot be activated`);
        wb.activeSheetId = sheet.id;
        wb.selection = { sheetId: sheet.id, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
      },
    },
  };
}

function refuseIfStructureProtected(wb: Workbook): void {
  if (wb.structureProtected) throw new HostError('AccessDenied', 'The workbook structure is protected: sheets cannot be added, deleted or renamed.');
}

// ---------------------------------------------------------------------------------------------------------
// Defined names

/** Excel's rules for a defined name: a letter, underscore or backslash first, then letters, digits, `_` and `.`; not a cell reference. */
function checkDefinedName(name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
    throw new HostError('InvalidArgument', `'${name}' is not a valid name`);
  }
}

function namesObject(wb: Workbook): HostObject {
  const find = (key: unknown) => wb.names.find((n) => n.name.toLowerCase() === str(key, 'name').toLowerCase());
  const getItem = (key: unknown) => {
    const record = find(key);
    if (!record) throw new HostError('ItemNotFound', `name '${String(key)}' not found`);
    return namedItemObject(wb, record);
  };
  return {
    type: 'NamedItemCollection',
    items: () => wb.names.map((n) => namedItemObject(wb, n)),
    indexer: getItem,
    methods: {
      GetItem: getItem,
      GetItemOrNullObject: (key) => {
        const record = find(key);
        return record ? namedItemObject(wb, record) : nullObject('NamedItem');
      },
      Add: (name, reference, comment) => {
        const wanted = str(name, 'name');
        checkDefinedName(wanted);
        if (find(wanted)) throw new HostError('ItemAlreadyExists', `the name '${wanted}' already exists`);
        let target: { sheet: Sheet; rect: Rect };
        if (isHostObject(reference) && reference.range) target = reference.range;
        else {
          const { sheet: sheetName, local } = splitSheet(str(reference, 'reference').replace(/^=/, ''));
          const sheet = sheetName === undefined ? undefined : findSheet(wb, sheetName);
          if (!sheet) throw new HostError('InvalidArgument', `reference '${String(reference)}' names no sheet of this workbook`);
          target = { sheet, rect: parseArea(local) };
        }
        const record = { name: wanted, sheetId: target.sheet.id, rect: { ...target.rect }, ...(comment ? { comment: str(comment, 'comment') } : {}) };
        wb.names.push(record);
        return namedItemObject(wb, record);
      },
    },
  };
}

function namedItemObject(wb: Workbook, record: Workbook['names'][number]): HostObject {
  const sheet = () => wb.sheets.find((s) => s.id === record.sheetId);
  const value = () => {
    const s = sheet();
    return s ? qualify(s.name, absolute(record.rect)) : '#REF!';
  };
  return {
    type: 'NamedItem',
    // The client re-addresses a loaded name by its key, the name.
    id: record.name,
    props: {
      Name: { get: () => record.name },
      Type: { get: () => (sheet() ? 'Range' : 'Error') },
      Value: { get: value },
      Formula: { get: () => `=${value()}` },
      Comment: { get: () => record.comment ?? '' },
      Visible: { get: () => true },
    },
    methods: {
      Delete: () => {
        wb.names = wb.names.filter((n) => n !== record);
      },
    },
  };
}

function absolute(rect: Rect): string {
  return areaAddress(rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** An address given to a worksheet method: local, or qualified with this very sheet's name. */
function localArea(sheet: Sheet, address: string): Rect {
  const { sheet: named, local } = splitSheet(address);
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
    throw new HostError('InvalidArgument', `address '${address}' names another sheet than '${sheet.name}'`);
  }
  try {
    return parseArea(local);
  } catch (e) {
    throw new HostError('InvalidArgument', (e as Error).message);
  }
}

function freezePanesObject(wb: Workbook, sheet: Sheet): HostObject {
  return {
    type: 'WorksheetFreezePanes',
    methods: {
      FreezeRows: (count) => {
        guard(sheet);
        sheet.freeze = { rows: num(count, 'freezeRows count'), columns: 0 };
      },
      FreezeColumns: (count) => {
        guard(sheet);
        sheet.freeze = { rows: 0, columns: num(count, 'freezeColumns count') };
      },
      Unfreeze: () => {
        guard(sheet);
        sheet.freeze = { rows: 0, columns: 0 };
      },
      GetLocationOrNullObject: () =>
        sheet.freeze.rows || sheet.freeze.columns
          ? rangeObject(wb, sheet, { top: 1, left: 1, bottom: Math.max(1, sheet.freeze.rows), right: Math.max(1, sheet.freeze.columns) })
          : nullObject('Range'),
    },
  };
}

const ORIENTATIONS = ['Portrait', 'Landscape'] as const;
const PAPER_SIZES = ['Letter', 'A3', 'A4', 'A5', 'Legal'] as const;

function pageLayoutObject(sheet: Sheet): HostObject {
  return {
    type: 'PageLayout',
    props: {
      Orientation: {
        get: () => sheet.pageLayout.orientation,
        set: (v) => {
          guard(sheet);
          sheet.pageLayout.orientation = oneOf(v, ORIENTATIONS, 'PageLayout.orientation');
        },
      },
      PaperSize: {
        get: () => sheet.pageLayout.paperSize,
        set: (v) => {
          guard(sheet);
          sheet.pageLayout.paperSize = oneOf(v, PAPER_SIZES, 'PageLayout.paperSize');
        },
      },
      ...marginProperties(sheet),
      CenterHorizontally: {
        get: () => sheet.pageLayout.centerHorizontally ?? false,
        set: (v) => {
          guard(sheet);
          sheet.pageLayout.centerHorizontally = bool(v, 'PageLayout.centerHorizontally');
        },
      },
      Zoom: {
        get: () => sheet.pageLayout.zoom,
        set: (v) => {
          guard(sheet);
          const zoom = v as Record<string, unknown>;
          const known = ['scale', 'horizontalFitToPages', 'verticalFitToPages'];
          for (const key of Object.keys(zoom)) if (!known.includes(key)) throw new UnknownCallError(`PageLayoutZoomOptions.${key}`);
          sheet.pageLayout.zoom = { ...zoom } as Sheet['pageLayout']['zoom'];
        },
      },
    },
    nav: {
      HeadersFooters: () => ({ type: 'HeaderFooterGroup', nav: { DefaultForAllPages: () => footerObject(sheet) } }),
    },
    methods: {
      SetPrintTitleRows: (rows) => {
        guard(sheet);
        const text = str(rows, 'print title rows');
        if (!/^\$?\d+:\$?\d+$/.test(text)) throw new HostError('InvalidArgument', `print title rows must be whole rows like $1:$5, got '${text}'`);
        sheet.pageLayout.printTitleRows = text;
      },
    },
  };
}

const MARGINS: Record<string, MarginName> = {
  LeftMargin: 'left', RightMargin: 'right', TopMargin: 'top', BottomMargin: 'bottom', HeaderMargin: 'header', FooterMargin: 'footer',
};

function marginProperties(sheet: Sheet): Record<string, Property> {
  const properties: Record<string, Property> = {};
  for (const [member, margin] of Object.entries(MARGINS)) {
    properties[member] = {
      get: () => sheet.pageLayout.margins[margin] ?? 0,
      set: (v) => {
        guard(sheet);
        const points = num(v, `PageLayout.${member}`);
        if (points < 0) throw new HostError('InvalidArgument', `PageLayout.${member} cannot be negative`);
        sheet.pageLayout.margins[margin] = points;
      },
    };
  }
  return properties;
}

function footerObject(sheet: Sheet): HostObject {
  const section = (name: 'left' | 'center' | 'right'): Property => ({
    get: () => sheet.pageLayout.footer[name] ?? '',
    set: (v) => {
      guard(sheet);
      sheet.pageLayout.footer[name] = str(v, `HeaderFooter.${name}Footer`);
    },
  });
  return { type: 'HeaderFooter', props: { LeftFooter: section('left'), CenterFooter: section('center'), RightFooter: section('right') } };
}

// ---------------------------------------------------------------------------------------------------------
// Ranges

function addressOf(sheet: Sheet, rect: Rect): string {
  return qualify(sheet.name, areaAddress(rect));
}

function rangeObject(wb: Workbook, sheet: Sheet, rect: Rect): HostObject {
  return {
    type: 'Range',
    range: { sheet, rect },
    props: {
      Address: { get: () => addressOf(sheet, rect) },
      AddressLocal: { get: () => addressOf(sheet, rect) },
      RowIndex: { get: () => rect.top - 1 },
      ColumnIndex: { get: () => rect.left - 1 },
      RowCount: { get: () => rect.bottom - rect.top + 1 },
      ColumnCount: { get: () => rect.right - rect.left + 1 },
      CellCount: { get: () => rectCells(rect) },
      Values: {
        get: () => readGrid(rect, (r, c) => getCell(sheet, r, c)?.value ?? ''),
        set: (v) => {
          guard(sheet);
          const at = grid<HostValue>(rect, v, 'Range.values');
          forEachCell(rect, (r, c) => {
            const value = at(r, c);
            if (value === null || value === undefined) return; // null leaves a cell as it is
            if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
              throw new HostError('InvalidArgument', `Range.values: ${JSON.stringify(value)} is not a cell value`);
            }
            storeValue(touchCell(sheet, r, c), value);
          });
        },
      },
      Formulas: {
        get: () => readGrid(rect, (r, c) => {
          const cell = getCell(sheet, r, c);
          return cell?.formula ?? cell?.value ?? '';
        }),
      },
      NumberFormat: {
        get: () => readGrid(rect, (r, c) => getCell(sheet, r, c)?.format.numberFormat ?? 'General'),
        set: (v) => {
          const at = grid<string>(rect, v, 'Range.numberFormat');
          guard(sheet);
          forEachCell(rect, (r, c) => (touchCell(sheet, r, c).format.numberFormat = str(at(r, c), 'number format')));
        },
      },
    },
    nav: {
      Format: () => rangeFormatObject(sheet, rect),
      ConditionalFormats: () => conditionalFormatsObject(wb, sheet, [rect]),
      DataValidation: () => dataValidationObject(sheet, rect),
      Worksheet: () => worksheetObject(wb, sheet),
    },
    methods: {
      Merge: (across) => {
        guard(sheet);
        if (across === true) throw new UnknownCallError('Range.merge(true) (merge across)');
        if (mergesIn(sheet, rect).length) throw new HostError('InvalidOperation', `${areaAddress(rect)} overlaps a merged area`);
        sheet.merges.push({ ...rect });
      },
      Unmerge: () => {
        guard(sheet);
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      },
      Select: () => {
        if (wb.activeSheetId !== sheet.id) throw new HostError('InvalidOperation', `select: '${sheet.name}' is not the active sheet`);
        wb.selection = { sheetId: sheet.id, rect: { ...rect } };
      },
      GetIntersectionOrNullObject: (other) => {
        if (!isHostObject(other) || !other.range) throw new HostError('InvalidArgument', 'getIntersectionOrNullObject needs a Range');
        if (other.range.sheet !== sheet) throw new HostError('InvalidArgument', 'getIntersectionOrNullObject across sheets');
        const o = other.range.rect;
        const cut = { top: Math.max(rect.top, o.top), left: Math.max(rect.left, o.left), bottom: Math.min(rect.bottom, o.bottom), right: Math.min(rect.right, o.right) };
        return cut.top <= cut.bottom && cut.left <= cut.right ? rangeObject(wb, sheet, cut) : nullObject('Range');
      },
      GetMergedAreasOrNullObject: () => {
        const merges = mergesIn(sheet, rect);
        return merges.length ? rangeAreasObject(wb, sheet, merges) : nullObject('RangeAreas');
      },
      // The client library splits a write of more than 1,500 cells into row bands: it first asks Excel to
      // validate the whole array's size, then writes getRow(i).getBoundingRect(getRow(j)) chunks.
      _ValidateArraySize: (rows, columns) => {
        if (num(rows, 'rows') !== rect.bottom - rect.top + 1 || num(columns, 'columns') !== rect.right - rect.left + 1) {
          throw new HostError('InvalidArgument', `array of ${String(rows)}x${String(columns)} does not fit ${areaAddress(rect)}`);
        }
      },
      GetRow: (index) => {
        const r = rect.top + num(index, 'row index');
        if (r > rect.bottom) throw new HostError('InvalidArgument', `row ${String(index)} is outside ${areaAddress(rect)}`);
        return rangeObject(wb, sheet, { top: r, left: rect.left, bottom: r, right: rect.right });
      },
      GetBoundingRect: (other) => {
        if (!isHostObject(other) || !other.range) throw new HostError('InvalidArgument', 'getBoundingRect needs a Range');
        if (other.range.sheet !== sheet) throw new HostError('InvalidArgument', 'getBoundingRect across sheets');
        const o = other.range.rect;
        return rangeObject(wb, sheet, { top: Math.min(rect.top, o.top), left: Math.min(rect.left, o.left), bottom: Math.max(rect.bottom, o.bottom), right: Math.max(rect.right, o.right) });
      },
      GetCell: (row, column) => {
        const r = rect.top + num(row, 'row');
        const c = rect.left + num(column, 'column');
        return rangeObject(wb, sheet, { top: r, left: c, bottom: r, right: c });
      },
    },
  };
}

function rangeAreasObject(wb: Workbook, sheet: Sheet, rects: Rect[]): HostObject {
  return {
    type: 'RangeAreas',
    props: {
      Address: { get: () => rects.map((r) => addressOf(sheet, r)).join(',') },
      AreaCount: { get: () => rects.length },
      CellCount: { get: () => rects.reduce((n, r) => n + rectCells(r), 0) },
    },
    nav: {
      ConditionalFormats: () => conditionalFormatsObject(wb, sheet, rects),
      Areas: () => ({ type: 'RangeCollection', items: () => rects.map((r) => rangeObject(wb, sheet, r)) }),
    },
  };
}

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'] as const;
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;

function rangeFormatObject(sheet: Sheet, rect: Rect): HostObject {
  const columns = (fn: (c: number) => void) => {
    for (let c = rect.left; c <= Math.min(rect.right, MAX_COLUMNS); c++) fn(c);
  };
  return {
    type: 'RangeFormat',
    props: {
      WrapText: {
        get: () => common(sheet, rect, (f) => f.wrap, false),
        set: (v) => {
          const wrap = bool(v, 'RangeFormat.wrapText');
          setFormat(sheet, rect, (f) => (f.wrap = wrap));
        },
      },
      HorizontalAlignment: {
        get: () => common(sheet, rect, (f) => f.horizontal, 'General'),
        set: (v) => {
          const h = oneOf(v, HORIZONTAL, 'RangeFormat.horizontalAlignment');
          setFormat(sheet, rect, (f) => (f.horizontal = h));
        },
      },
      VerticalAlignment: {
        get: () => common(sheet, rect, (f) => f.vertical, 'Bottom'),
        set: (v) => {
          const h = oneOf(v, VERTICAL, 'RangeFormat.verticalAlignment');
          setFormat(sheet, rect, (f) => (f.vertical = h));
        },
      },
      ColumnWidth: {
        get: () => sheet.columnWidths.get(rect.left) ?? DEFAULT_COLUMN_WIDTH,
        set: (v) => {
          guard(sheet);
          const width = num(v, 'RangeFormat.columnWidth');
          columns((c) => sheet.columnWidths.set(c, width));
        },
      },
      RowHeight: {
        get: () => sheet.rowHeights.get(rect.top) ?? 15,
        set: (v) => {
          guard(sheet);
          const height = num(v, 'RangeFormat.rowHeight');
          for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, height);
        },
      },
    },
    nav: {
      Fill: () => ({
        type: 'RangeFill',
        props: {
          Color: {
            get: () => common(sheet, rect, (f) => f.fill, '#FFFFFF'),
            set: (v) => {
              const fill = color(v, 'RangeFill.color');
              setFormat(sheet, rect, (f) => (f.fill = fill));
            },
          },
        },
        methods: { Clear: () => setFormat(sheet, rect, (f) => delete f.fill) },
      }),
      Font: () => ({
        type: 'RangeFont',
        props: {
          Bold: { get: () => common(sheet, rect, (f) => f.bold, false), set: (v) => { const b = bool(v, 'RangeFont.bold'); setFormat(sheet, rect, (f) => (f.bold = b)); } },
          Italic: { get: () => common(sheet, rect, (f) => f.italic, false), set: (v) => { const b = bool(v, 'RangeFont.italic'); setFormat(sheet, rect, (f) => (f.italic = b)); } },
          Color: { get: () => common(sheet, rect, (f) => f.fontColor, '#000000'), set: (v) => { const c = color(v, 'RangeFont.color'); setFormat(sheet, rect, (f) => (f.fontColor = c)); } },
          Size: { get: () => common(sheet, rect, (f) => f.fontSize, 11), set: (v) => { const n = num(v, 'RangeFont.size'); setFormat(sheet, rect, (f) => (f.fontSize = n)); } },
          Name: { get: () => common(sheet, rect, (f) => f.fontName, 'Calibri'), set: (v) => { const n = str(v, 'RangeFont.name'); setFormat(sheet, rect, (f) => (f.fontName = n)); } },
        },
      }),
      Borders: () => ({ type: 'RangeBorderCollection', indexer: (key) => borderObject(sheet, rect, key) }),
    },
    methods: {
      // Row heights follow the text; the model has no font metrics, so autofit only clears fixed heights.
      AutofitRows: () => {
        guard(sheet);
        for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.delete(r);
      },
      AutofitColumns: () => {
        guard(sheet);
        columns((c) => sheet.columnWidths.delete(c));
      },
    },
  };
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'] as const;

function borderObject(sheet: Sheet, rect: Rect, key: unknown): HostObject {
  const index = oneOf(key, BORDER_INDEXES, 'border index');
  // Which cells' edges a border index paints: Inside* paint the shared edges between cells.
  const paint = (style: string) => {
    const set = (r: number, c: number, edge: Edge) => {
      const f = touchCell(sheet, r, c).format;
      f.borders = { ...f.borders, [edge]: style };
    };
    guard(sheet);
    forEachCell(rect, (r, c) => {
      if (index === 'EdgeTop' && r === rect.top) set(r, c, 'EdgeTop');
      if (index === 'EdgeBottom' && r === rect.bottom) set(r, c, 'EdgeBottom');
      if (index === 'EdgeLeft' && c === rect.left) set(r, c, 'EdgeLeft');
      if (index === 'EdgeRight' && c === rect.right) set(r, c, 'EdgeRight');
      if (index === 'InsideHorizontal') {
        if (r > rect.top) set(r, c, 'EdgeTop');
        if (r < rect.bottom) set(r, c, 'EdgeBottom');
      }
      if (index === 'InsideVertical') {
        if (c > rect.left) set(r, c, 'EdgeLeft');
        if (c < rect.right) set(r, c, 'EdgeRight');
      }
    });
  };
  const edge: Edge | undefined = index.startsWith('Edge') ? (index as Edge) : undefined;
  return {
    type: 'RangeBorder',
    props: {
      SideIndex: { get: () => index },
      Style: {
        get: () => (edge ? common(sheet, rect, (f) => f.borders?.[edge], 'None') : 'None'),
        set: (v) => {
          if (index.startsWith('Diagonal')) throw new UnknownCallError(`diagonal borders (${index})`);
          paint(oneOf(v, BORDER_STYLES, 'RangeBorder.style'));
        },
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Data validation

const ALERT_STYLES = ['Stop', 'Warning', 'Information'] as const;

function dataValidationObject(sheet: Sheet, rect: Rect): HostObject {
  // A range's validation is read from its top-left cell; writing one replaces whatever covered the range.
  const current = () => validationAt(sheet, rect.top, rect.left);
  const ensure = () => {
    guard(sheet);
    let dv = sheet.dataValidations.find((d) => d.rect.top === rect.top && d.rect.left === rect.left && d.rect.bottom === rect.bottom && d.rect.right === rect.right);
    if (!dv) {
      sheet.dataValidations = sheet.dataValidations.filter((d) => !intersects(d.rect, rect));
      dv = { rect: { ...rect }, rule: {} };
      sheet.dataValidations.push(dv);
    }
    return dv;
  };
  return {
    type: 'DataValidation',
    props: {
      Type: { get: () => (current() ? Object.keys(current()!.rule).map((k) => k.charAt(0).toUpperCase() + k.slice(1))[0] ?? 'None' : 'None') },
      Rule: {
        get: () => current()?.rule ?? {},
        set: (v) => {
          const rule = v as Record<string, unknown>;
          const keys = Object.keys(rule);
          if (keys.length !== 1 || keys[0] !== 'list') throw new UnknownCallError(`DataValidationRule kind ${JSON.stringify(keys)} (only list rules are modelled)`);
          const list = rule.list as Record<string, unknown>;
          for (const key of Object.keys(list)) if (!['inCellDropDown', 'source'].includes(key)) throw new UnknownCallError(`ListDataValidation.${key}`);
          const source = str(list.source, 'list source');
          if (source.startsWith('=')) {
            const { sheet: srcSheet, local } = splitSheet(source.slice(1));
            if (srcSheet === undefined) throw new HostError('InvalidArgument', `list source '${source}' must name its sheet`);
            parseArea(local);
          }
          ensure().rule = { list: { ...list } };
        },
      },
      Prompt: {
        get: () => current()?.prompt ?? { showPrompt: false, title: '', message: '' },
        set: (v) => {
          const p = v as { showPrompt?: boolean; title?: string; message?: string };
          if ((p.title ?? '').length > 32) throw new HostError('InvalidArgument', `prompt title longer than 32 characters: '${p.title}'`);
          if ((p.message ?? '').length > 255) throw new HostError('InvalidArgument', 'prompt message longer than 255 characters');
          ensure().prompt = { ...p };
        },
      },
      ErrorAlert: {
        get: () => current()?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' },
        set: (v) => {
          const a = v as { showAlert?: boolean; style?: string; title?: string; message?: string };
          if (a.style !== undefined) oneOf(a.style, ALERT_STYLES, 'errorAlert.style');
          if ((a.title ?? '').length > 32) throw new HostError('InvalidArgument', `error alert title longer than 32 characters: '${a.title}'`);
          if ((a.message ?? '').length > 225) throw new HostError('InvalidArgument', 'error alert message longer than 225 characters');
          ensure().errorAlert = { ...a };
        },
      },
      IgnoreBlanks: {
        get: () => current()?.ignoreBlanks ?? true,
        set: (v) => (ensure().ignoreBlanks = bool(v, 'DataValidation.ignoreBlanks')),
      },
    },
    methods: {
      Clear: () => {
        guard(sheet);
        sheet.dataValidations = sheet.dataValidations.filter((d) => !intersects(d.rect, rect));
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Conditional formats

const CF_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'] as const;

function conditionalFormatsObject(wb: Workbook, sheet: Sheet, rects: Rect[]): HostObject {
  const items = () => conditionalFormatsOn(sheet, rects).sort((a, b) => a.priority - b.priority);
  const byId = (id: unknown) => items().find((cf) => cf.id === id);
  const getItem = (id: unknown) => {
    const cf = byId(id);
    if (!cf) throw new HostError('ItemNotFound', `conditional format ${String(id)} not found`);
    return conditionalFormatObject(wb, sheet, cf);
  };
  return {
    type: 'ConditionalFormatCollection',
    items: () => items().map((cf) => conditionalFormatObject(wb, sheet, cf)),
    // The client sends `getItem(id)` as an indexer path.
    indexer: getItem,
    methods: {
      Add: (type) => {
        guard(sheet);
        const t = oneOf(type, CF_TYPES, 'conditional format type');
        if (t !== 'Custom') throw new UnknownCallError(`conditionalFormats.add('${t}') (only Custom is modelled)`);
        // A new rule goes to the top of the sheet's priority list, as in Excel.
        for (const cf of sheet.conditionalFormats) cf.priority++;
        const cf: ConditionalFormatRecord = { id: `{CF-${wb.nextId++}}`, type: t, rects: rects.map((r) => ({ ...r })), format: {}, priority: 0, stopIfTrue: false };
        sheet.conditionalFormats.push(cf);
        return conditionalFormatObject(wb, sheet, cf);
      },
      GetItem: getItem,
      GetItemOrNullObject: (id) => {
        const cf = byId(id);
        return cf ? conditionalFormatObject(wb, sheet, cf) : nullObject('ConditionalFormat');
      },
      GetItemAt: (index) => {
        const cf = items()[num(index, 'index')];
        if (!cf) throw new HostError('ItemNotFound', `no conditional format at ${String(index)}`);
        return conditionalFormatObject(wb, sheet, cf);
      },
      GetCount: () => items().length,
      ClearAll: () => {
        guard(sheet);
        const doomed = new Set(items());
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !doomed.has(cf));
        renumber(sheet);
      },
    },
  };
}

/** Excel keeps a sheet's rule priorities contiguous from 0: a deleted rule's successors move up. */
function renumber(sheet: Sheet): void {
  [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority).forEach((cf, i) => (cf.priority = i));
}

function conditionalFormatObject(wb: Workbook, sheet: Sheet, cf: ConditionalFormatRecord): HostObject {
  const custom = (): HostObject => ({
    type: 'CustomConditionalFormat',
    nav: {
      Rule: () => ({
        type: 'ConditionalFormatRule',
        props: {
          Formula: {
            get: () => cf.formula ?? '',
            set: (v) => {
              guard(sheet);
              const f = str(v, 'ConditionalFormatRule.formula');
              if (!f.startsWith('=')) throw new HostError('InvalidArgument', `a rule formula starts with '=': '${f}'`);
              cf.formula = f;
            },
          },
        },
      }),
      Format: () => ({
        type: 'ConditionalRangeFormat',
        nav: {
          Fill: () => ({ type: 'ConditionalRangeFill', props: { Color: { get: () => cf.format.fill ?? null, set: (v) => { guard(sheet); cf.format.fill = color(v, 'ConditionalRangeFill.color'); } } } }),
          Font: () => ({
            type: 'ConditionalRangeFont',
            props: {
              Color: { get: () => cf.format.fontColor ?? null, set: (v) => { guard(sheet); cf.format.fontColor = color(v, 'ConditionalRangeFont.color'); } },
              Bold: { get: () => cf.format.bold ?? null, set: (v) => { guard(sheet); cf.format.bold = bool(v, 'ConditionalRangeFont.bold'); } },
              Italic: { get: () => cf.format.italic ?? null, set: (v) => { guard(sheet); cf.format.italic = bool(v, 'ConditionalRangeFont.italic'); } },
            },
          }),
        },
      }),
    },
  });
  return {
    type: 'ConditionalFormat',
    id: cf.id,
    props: {
      Id: { get: () => cf.id },
      Type: { get: () => cf.type },
      Priority: { get: () => cf.priority, set: (v) => { guard(sheet); cf.priority = num(v, 'priority'); } },
      StopIfTrue: { get: () => cf.stopIfTrue, set: (v) => { guard(sheet); cf.stopIfTrue = bool(v, 'stopIfTrue'); } },
    },
    nav: {
      Custom: () => {
        if (cf.type !== 'Custom') throw new HostError('InvalidOperation', `conditional format ${cf.id} is ${cf.type}, not Custom`);
        return custom();
      },
      CustomOrNullObject: () => (cf.type === 'Custom' ? custom() : nullObject('CustomConditionalFormat')),
    },
    methods: {
      Delete: () => {
        guard(sheet);
        sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
        renumber(sheet);
      },
      GetRange: () => {
        if (cf.rects.length !== 1) throw new HostError('InvalidOperation', 'a multi-area conditional format has no single range');
        return rangeObject(wb, sheet, cf.rects[0]);
      },
      GetRanges: () => rangeAreasObject(wb, sheet, cf.rects),
    },
  };
}
