/** Severity names and colours, shared by the counts, the filter and each finding. */
import type { ReportSummary, Severity } from '../../checks/report';
import type { StringKey } from '../strings';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, StringKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

export const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** The report's own counts by severity (the core has counted them; no need to count again). */
export function severityCounts(summary: ReportSummary): Record<Severity, number> {
  return { error: summary.errors, warning: summary.warnings, info: summary.infos };
}
