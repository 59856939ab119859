import type { CheckOutput } from '../results';
import { formatCsv } from './csv';
import { formatHtml } from './html';
import { formatJson } from './json';
import { formatTable } from './table';

export const FORMATS = ['table', 'json', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMATTERS: Record<Format, (output: CheckOutput) => string> = {
  table: formatTable,
  json: formatJson,
  csv: formatCsv,
  html: formatHtml,
};
