/** Localised names for what the reports print: the consolidation's keys, registers, the Order's paragraphs. */
import { CATEGORIES, LEVELS } from '../../order281/vocabulary';
import { FUNCTION_TYPES } from '../../order281/function-types';
import { paragraphLabel } from '../../order281/paragraphs';
import type { UiLanguage } from '../../order281/text';
import type { Finding, RegisterSummary } from '../../checks/report';
import { COLUMN_LABELS } from '../../checks/columns';
import { amount, dayText, word } from '../strings';

export function keyLabel(key: string, lang: UiLanguage): string {
  const entry = [...LEVELS, ...CATEGORIES, ...FUNCTION_TYPES].find((candidate) => candidate.id === key);
  if (entry) return entry.label[lang];
  if (key === 'empty') return word('empty', lang);
  if (key === 'unrecognised') return word('unrecognised', lang);
  if (key === 'other') return word('otherFunction', lang);
  if (key === 'none') return word('noHeading', lang);
  return key;
}

/** The Order's own order: levels low to high, categories as p.4 lists them, function types as p.5. */
const ORDER = [...LEVELS.map((e) => e.id), ...CATEGORIES.map((e) => e.id), ...FUNCTION_TYPES.map((e) => e.id), 'other', 'none', 'empty', 'unrecognised'];

export function countsText(counts: Partial<Record<string, number>>, lang: UiLanguage): string {
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  const entries = Object.entries(counts)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .sort((a, b) => rank(a[0]) - rank(b[0]));
  return entries.length === 0 ? '—' : entries.map(([key, n]) => `${keyLabel(key, lang)} ${n}`).join(', ');
}

/** The register's appendix, sheet and size in words: «2-тиркеме, «Тизме 2» барагы (кыргызча): 5 сап…». */
export function registerText(register: RegisterSummary, lang: UiLanguage): string {
  const appendix = word(register.kind === 'risks' ? 'appendix1' : 'appendix2', lang);
  const language = word(register.language === 'ky' ? 'inKyrgyz' : 'inRussian', lang);
  const rows = amount(register.rows, 'rows', lang);
  const approved = register.approvalDate ? `; ${word('approvedOn', lang)} ${dayText(register.approvalDate)}` : '';
  const where = {
    ky: `${appendix}, «${register.sheet}» барагы (${language}): ${rows}, аталыштар ${register.headerRow}-сапта`,
    ru: `${appendix}, лист «${register.sheet}» (${language}): ${rows}, шапка в строке ${register.headerRow}`,
    en: `${appendix}, sheet «${register.sheet}» (${language}): ${rows}, headers in row ${register.headerRow}`,
  };
  return `${where[lang]}${approved}`;
}

/** Where in the Order a finding rests, as the pane says it: «11-пункт», «пункт 11», "paragraph 11". */
export function basisText(paragraph: string, lang: UiLanguage): string {
  return paragraphLabel(paragraph)[lang];
}

/** The register column a finding points at, in words; the block above the table has its own names. */
export function columnText(column: Finding['column'], lang: UiLanguage): string {
  if (column in COLUMN_LABELS) return COLUMN_LABELS[column as keyof typeof COLUMN_LABELS][lang];
  return OTHER_PLACES[column as keyof typeof OTHER_PLACES]?.[lang] ?? column;
}

const OTHER_PLACES = {
  approval: { ky: '«Бекитемин» блогу', ru: 'блок «Утверждаю»', en: 'approval block' },
  heading: { ky: 'функциянын аталышы', ru: 'заголовок функции', en: 'function heading' },
  header: { ky: 'аталыштар сабы', ru: 'шапка таблицы', en: 'table header' },
};
