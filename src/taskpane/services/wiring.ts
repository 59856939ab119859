/**
 * The one place that knows the shapes of the Excel adapter (src/excel) and the core's plan builder
 * (src/registers/plans). `loadWiring` pulls them in with import(), so they — and the core's rules —
 * arrive in a lazy chunk on the first action rather than in the pane's first load.
 */
import type { Report, SkippedFeature } from '../../checks/report';
import type { TobokelHost } from '../host';
import type { TemplateOptions } from './excel-actions';

export interface Wiring {
  insertTemplate(context: Excel.RequestContext, options: TemplateOptions, host: TobokelHost): Promise<{ sheetName: string; skipped: SkippedFeature[] }>;
  checkWorkbook(context: Excel.RequestContext, today: Date, host: TobokelHost): Promise<Report>;
  /** `lastReport` names the marked sheets, which saves a round trip; without it every sheet is cleared. */
  clearMarks(context: Excel.RequestContext, host: TobokelHost, lastReport: Report | undefined): Promise<{ cleared: number }>;
  selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void>;
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
