/**
 * What the pane can ask of the workbook. Components call this interface (through React context, so
 * tests pass a fake); the real one wraps each adapter function in the host's `run` — `Excel.run` in
 * Office — so no component ever names `Excel`.
 */
import type { TemplateOptions as PlanOptions } from '../../registers/template-options';
import type { Report, SkippedFeature } from '../../checks/report';
import type { DiffView } from '../../checks/diff-view';
import type { UiLanguage } from '../../order281/text';
import type { TobokelHost } from '../host';
import { loadWiring, type Wiring } from './wiring';

/** The core's template options; the year is the current one, filled in when the form is inserted. */
export type TemplateOptions = Omit<PlanOptions, 'year'>;

export interface InsertResult {
  sheetName: string;
  skipped: SkippedFeature[];
}

/** What this Excel can do, in the terms the pane explains to people. */
export interface PaneCapabilities {
  /** A workbook is there to act on. */
  inExcel: boolean;
  /** ExcelApi 1.1: reading and writing ranges, so insert and check work at all. */
  basic: boolean;
  /** ExcelApi 1.8: data validation, so forms get their dropdown lists. */
  dropdowns: boolean;
  /** ExcelApi 1.6: conditional formats, for marks that clear cleanly. */
  conditionalFormats: boolean;
}

export interface ExcelActions {
  readonly capabilities: PaneCapabilities;
  insertTemplate(options: TemplateOptions): Promise<InsertResult>;
  check(): Promise<Report>;
  clearMarks(): Promise<{ cleared: number }>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The summary sheet, in the pane's language; an earlier one Tobokel made is replaced. */
  summary(language: UiLanguage): Promise<{ sheetName: string; replaced?: string }>;
  /** Last year's file (read here, never uploaded) against the open workbook, worded in each language. */
  compareWithLastYear(file: File): Promise<Record<UiLanguage, DiffView>>;
}

export function paneCapabilities(host: TobokelHost): PaneCapabilities {
  const has = (version: string) => host.inExcel && host.isSetSupported('ExcelApi', version);
  return { inExcel: host.inExcel, basic: has('1.1'), dropdowns: has('1.8'), conditionalFormats: has('1.6') };
}

/**
 * The real service. The adapter and the core's plan builder are loaded on first use (`loadWiring`), so
 * the pane's first paint does not wait for them.
 */
export function createExcelActions(host: TobokelHost, load: () => Promise<Wiring> = loadWiring): ExcelActions {
  const capabilities = paneCapabilities(host);
  // The last check's report tells clearMarks which sheets carry marks (one round trip fewer).
  let lastReport: Report | undefined;
  /** One batch; whatever Excel throws, in the batch or in `run` itself, leaves as the adapter's ExcelActionError. */
  const act = async <T>(action: Parameters<Wiring['translateError']>[0], batch: (wiring: Wiring, context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const wiring = await load();
    try {
      return await host.run((context) => batch(wiring, context));
    } catch (error) {
      throw wiring.translateError(action, error);
    }
  };
  return {
    capabilities,
    insertTemplate: (options) => act('insert', (wiring, context) => wiring.insertTemplate(context, options, host)),
    async check() {
      const report = await act('check', (wiring, context) => wiring.checkWorkbook(context, new Date(), host));
      lastReport = report;
      return report;
    },
    async clearMarks() {
      const result = await act('clear', (wiring, context) => wiring.clearMarks(context, host, lastReport));
      lastReport = undefined;
      return result;
    },
    selectCell: (sheet, cell) => act('select', (wiring, context) => wiring.selectCell(context, sheet, cell)),
    summary: (language) => act('insert', (wiring, context) => wiring.writeSummary(context, new Date(), language, host)),
    async compareWithLastYear(file) {
      const wiring = await load();
      // The file first: a file that cannot be read needs no round trip to Excel.
      const lastYear = await wiring.readLastYear(file);
      const thisYear = await act('check', (w, context) => w.readRegisters(context, host));
      return wiring.compare(lastYear, thisYear, file.name);
    },
  };
}
