import type { CheckOutput } from '../results';
import { formatCsv } from './csv';
import { formatHtml } from './html';
import { formatJson } from './json';
import { formatTable } from './table';
import { formatXlsx } from './xlsx';

export const FORMATS = ['table', 'json', 'csv', 'html', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** Formats whose output is a file, not text for a terminal: they need --out. */
export const BINARY_FORMATS: ReadonlySet<Format> = new Set(['xlsx']);

export const FORMATTERS: Record<Format, (output: CheckOutput) => string | Promise<Buffer>> = {
  table: formatTable,
  json: formatJson,
  csv: formatCsv,
  html: formatHtml,
  xlsx: formatXlsx,
};
