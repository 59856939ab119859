/**
 * The one place that knows the shapes of the Excel adapter (src/excel) and the core's plan builder
 * (src/registers/plans). `loadWiring` pulls them in with import(), so they arrive in a lazy chunk on the
 * first action rather than in the pane's first load.
 */
import type { Report, SkippedFeature } from '../../checks/report';
import type { SheetPlan } from '../../registers/sheet-plan';
import type { TobokelHost } from '../host';
import type { TemplateOptions } from './excel-actions';

export interface Wiring {
  buildPlan(options: TemplateOptions, year: number): SheetPlan;
  insertTemplate(context: Excel.RequestContext, plan: SheetPlan, host: TobokelHost): Promise<{ sheetName: string; skipped: SkippedFeature[] }>;
  checkWorkbook(context: Excel.RequestContext, today: Date, host: TobokelHost): Promise<Report>;
  clearMarks(context: Excel.RequestContext): Promise<{ cleared: number }>;
  selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void>;
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
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1500));
  idle(() => void loadWiring().catch(() => undefined));
}
