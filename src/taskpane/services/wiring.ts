/**
 * The one place that knows the shapes of the Excel adapter (src/excel) and the core's plan builder
 * (src/registers/plans). `loadWiring` pulls them in with import(), so they — and the core's rules —
 * arrive in a lazy chunk on the first action rather than in the pane's first load.
 */
import type { Report, SkippedFeature } from '../../checks/report';
import type { DiffView } from '../../checks/diff-view';
import type { UiLanguage } from '../../order281/text';
import type { Register } from '../../registers/model';
import type { TobokelHost } from '../host';
import type { TemplateOptions } from './excel-actions';

export interface Wiring {
  insertTemplate(context: Excel.RequestContext, options: TemplateOptions, host: TobokelHost): Promise<{ sheetName: string; skipped: SkippedFeature[] }>;
  checkWorkbook(context: Excel.RequestContext, today: Date, host: TobokelHost): Promise<Report>;
  /** `lastReport` names the marked sheets, which saves a round trip; without it every sheet is cleared. */
  clearMarks(context: Excel.RequestContext, host: TobokelHost, lastReport: Report | undefined): Promise<{ cleared: number }>;
  selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void>;
  /** Writes the summary sheet, replacing the one Tobokel made before. */
  writeSummary(context: Excel.RequestContext, today: Date, language: UiLanguage, host: TobokelHost): Promise<{ sheetName: string; replaced?: string }>;
  /** The open workbook's registers, read only: this year's side of the comparison. */
  readRegisters(context: Excel.RequestContext, host: TobokelHost): Promise<Register[]>;
  /** Last year's .xlsx, read in the browser; a file that cannot be read rejects with a LastYearReadError. */
  readLastYear(file: File): Promise<Register[]>;
  /** The core's diff, worded in every interface language. */
  compare(lastYear: Register[], thisYear: Register[], lastYearFile: string): Record<UiLanguage, DiffView>;
  /**
   * The adapter's own translation (src/excel/errors.ts) for whatever escapes a batch, as an
   * ExcelActionError with its localised message; one the adapter already translated passes through.
   */
  translateError(action: 'insert' | 'check' | 'clear' | 'select', error: unknown): Error;
}

let loading: Promise<Wiring> | undefined;

export function loadWiring(): Promise<Wiring> {
  loading ??= import(/* webpackChunkName: "excel" */ './wiring-impl').then((m) => m.wiring);
  // A failed chunk load (offline for a moment) must not be cached forever.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Starts fetching the lazy chunk once the pane is idle, so the first click does not wait for it. */
export function prefetchWiring(): void {
  const idle =
    (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ??
    ((cb: () => void) => setTimeout(cb, 1500));
  idle(() => void loadWiring().catch(() => undefined));
}
