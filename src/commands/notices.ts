/**
 * What a ribbon command tells the person when it is done: a check's verdict, or — when Excel refused —
 * what happened and what to do. In the language of Office's interface; the pane holds the details.
 */
import type { Report } from '../checks/report';
import { INTERFACE_WORDS } from '../order281/interface-words';
import type { Localized, UiLanguage } from '../order281/text';
import { describeError } from '../taskpane/services/errors';

export interface Notice {
  title: string;
  body: string;
  /** Excel's own words, for whoever supports the user. */
  detail?: string;
}

const COUNTS: Localized = {
  ky: 'Каталар: {errors}, эскертүүлөр: {warnings}, коррупциогендик кызмат орундары: {flags}. Табылгалар уячаларда белгиленди; тизмеси жана түшүндүрмөсү Tobokel панелинде.',
  ru: 'Ошибок: {errors}, предупреждений: {warnings}, коррупциогенных должностей: {flags}. Замечания отмечены в ячейках; список с пояснениями — в панели Tobokel.',
  en: 'Errors: {errors}, warnings: {warnings}, corruption-prone positions: {flags}. The findings are marked in the cells; the list, with explanations, is in the Tobokel pane.',
};

const FAILED: Localized = {
  ky: 'Tobokel аракетти аткара алган жок',
  ru: 'Tobokel не смог выполнить действие',
  en: 'Tobokel could not do that',
};

const fill = (template: string, values: Record<string, number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

export function verdictNotice(report: Report, language: UiLanguage): Notice {
  const { errors, warnings, flags, ready } = report.summary;
  return { title: (ready ? INTERFACE_WORDS.ready : INTERFACE_WORDS.notReady)[language], body: fill(COUNTS[language], { errors, warnings, flags }) };
}

export function problemNotice(error: unknown, language: UiLanguage): Notice {
  const problem = describeError(error);
  return { title: FAILED[language], body: problem.message[language], ...(problem.detail ? { detail: problem.detail } : {}) };
}
