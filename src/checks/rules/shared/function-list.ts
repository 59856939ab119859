/** The function types of p.5, listed for messages: worded once, a register may name them many times. */
import { FUNCTION_TYPES } from '../../../order281/function-types';
import type { Localized } from '../../../order281/text';
import type { RegisterRow } from '../../../registers/model';

export const FUNCTION_LIST: Localized = {
  ky: FUNCTION_TYPES.map((t) => t.label.ky).join('; '),
  ru: FUNCTION_TYPES.map((t) => t.label.ru).join('; '),
  en: FUNCTION_TYPES.map((t) => t.label.en).join('; '),
};

/** Why risks stand under function headings: shared by the heading rules. */
export const HEADINGS_WHY: Localized = {
  ky: '1-тиркеме тобокелдиктерди органдын функцияларынын түрлөрү боюнча топтойт; 5-пункт ар бир орган баалай турган түрлөрдү санайт, 6-пункт башкаларына да жол берет.',
  ru: 'Приложение 1 группирует риски по видам функций органа; пункт 5 перечисляет виды, которые оценивает каждый орган, пункт 6 допускает и другие.',
  en: "Appendix 1 groups risks under the body's function types; paragraph 5 lists the types every body must assess, and paragraph 6 allows others.",
};

/** Why a row must stand in its place: shared by the rules on rows above headings and rows spilling over. */
export const ROW_PLACE_WHY: Localized = {
  ky: '1-тиркемеде ар бир тобокелдик өз функциясынын аталышынын астында турат; биринчи аталыштан жогорку сап же кийинки сапка уланган текст тобокелдик катары окулбайт.',
  ru: 'В Приложении 1 каждый риск стоит под заголовком своей функции; строка выше первого заголовка или текст, перенесённый в следующую строку, не читается как риск.',
  en: 'In Appendix 1 each risk sits under its function heading; a row above the first heading, or text spilling into the next row, cannot be read as a risk.',
};

/** Rows of Appendix 1 standing above every function heading. */
export function rowsWithoutHeading(rows: readonly RegisterRow[]): RegisterRow[] {
  return rows.filter((row) => row.heading === undefined);
}

/** The cell a finding about a whole row points at: its number, else its function, else its first cell. */
export function rowAnchor(row: RegisterRow) {
  return row.cells.number ?? row.cells.function ?? Object.values(row.cells)[0]!;
}
