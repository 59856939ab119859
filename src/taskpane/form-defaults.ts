/**
 * What a new form starts with, in the pane's Forms tab and on the ribbon alike: the form's own two
 * headings, five empty rows under each, no sample rows, in the register language that goes with the
 * interface language.
 */
import { FORM_HEADINGS } from '../order281/function-types';
import type { RegisterLanguage, UiLanguage } from '../order281/text';
import type { RegisterKind } from '../registers/kinds';
import type { TemplateOptions } from './services/excel-actions';

export const DEFAULT_ROWS_PER_HEADING = 5;

/** A Russian interface most likely keeps Russian registers; anyone else starts from the Order's Kyrgyz. */
export function formLanguageFor(language: UiLanguage): RegisterLanguage {
  return language === 'ru' ? 'ru' : 'ky';
}

export function defaultFormOptions(kind: RegisterKind, language: RegisterLanguage): TemplateOptions {
  return { kind, language, withSample: false, rowsPerHeading: DEFAULT_ROWS_PER_HEADING, headings: [...FORM_HEADINGS] };
}
