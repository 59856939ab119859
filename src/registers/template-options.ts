/**
 * What a person chooses when inserting a form, with its defaults and limits. Kept apart from the plan
 * builder so the pane's Forms tab, the ribbon and the command line share them without loading it.
 */
import { FORM_HEADINGS } from '../order281/function-types';
import type { RegisterLanguage } from '../order281/text';
import type { RegisterKind } from './kinds';

export interface TemplateOptions {
  kind: RegisterKind;
  language: RegisterLanguage;
  /** Put the Order's own sample rows in as a worked example. */
  withSample: boolean;
  /** Empty numbered rows under each heading (Appendix 1) or in the table (Appendix 2). */
  rowsPerHeading: number;
  /** Function types to head Appendix 1's groups; the form prints permitting and services. */
  headings: string[];
  /** The approval year printed in the date line. */
  year: number;
}

/** Enough rows to start filling in without scrolling past a screen of empty ones. */
export const DEFAULT_ROWS_PER_HEADING = 5;
export const MAX_ROWS_PER_HEADING = 500;

export function defaultTemplateOptions(kind: RegisterKind, language: RegisterLanguage, year: number): TemplateOptions {
  return { kind, language, withSample: false, rowsPerHeading: DEFAULT_ROWS_PER_HEADING, headings: [...FORM_HEADINGS], year };
}
