/**
 * What a new form starts with, in the pane's Forms tab and on the ribbon alike: the form's own two
 * headings, five empty rows under each, no sample rows, in the register language that goes with the
 * interface language.
 */
import { defaultTemplateOptions } from '../registers/template-options';
import type { RegisterLanguage, UiLanguage } from '../order281/text';
import type { RegisterKind } from '../registers/kinds';
import type { TemplateOptions } from './services/excel-actions';


/** A Russian interface most likely keeps Russian registers; anyone else starts from the Order's Kyrgyz. */
export function formLanguageFor(language: UiLanguage): RegisterLanguage {
  return language === 'ru' ? 'ru' : 'ky';
}

export function defaultFormOptions(kind: RegisterKind, language: RegisterLanguage): TemplateOptions {
  // The year is filled in when the form is inserted.
  const { year: _year, ...options } = defaultTemplateOptions(kind, language, 0);
  return options;
}
