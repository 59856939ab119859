/** Category (p.4) and level (p.4; Appendix 2 footnote ****) must come from their lists. */
import {
  CATEGORIES, LEVELS, POSITION_REGISTER_LEVELS, RISK_REGISTER_LEVELS, recognize, type LevelId, type VocabularyEntry,
} from '../../order281/vocabulary';
import type { Localized } from '../../order281/text';
import type { ParagraphRef } from '../../order281/paragraphs';
import type { CellText } from '../../registers/model';
import { quote, type RuleContext, type Rule } from '../finding';

function listOf<Id extends string>(entries: readonly VocabularyEntry<Id>[], ids: readonly Id[]): Localized {
  const pick = ids.map((id) => entries.find((e) => e.id === id)!);
  return {
    ky: pick.map((e) => e.label.ky).join(', '),
    ru: pick.map((e) => e.label.ru).join(', '),
    en: pick.map((e) => e.label.en).join(', '),
  };
}

// What each column accepts, worded once: a register may name them in thousands of findings.
const CATEGORY_CHOICES = listOf(CATEGORIES, CATEGORIES.map((c) => c.id));
const RISK_LEVEL_CHOICES = listOf(LEVELS, RISK_REGISTER_LEVELS);
const POSITION_LEVEL_CHOICES = listOf(LEVELS, POSITION_REGISTER_LEVELS);

function checkValue<Id extends string>(
  context: RuleContext,
  cell: CellText,
  column: 'category' | 'level',
  entries: readonly VocabularyEntry<Id>[],
  allowed: readonly Id[],
  options: Localized,
  paragraph: ParagraphRef,
): void {
  if (cell.text === '') return;
  const { register, report } = context;
  const found = recognize(cell.text, entries, register.language);
  if (found.kind === 'unknown' || found.kind === 'ambiguous' || !allowed.includes(found.id)) {
    const zeroInPositions = found.kind !== 'unknown' && found.kind !== 'ambiguous' && found.id === 'zero';
    report({
      cell, column, severity: 'error', rule: `${column}.allowed`, paragraph,
      messages: zeroInPositions
        ? {
          ky: `Маани тизмеде жок: 2-тиркемеде «нөлдүк» деңгээл каралган эмес. Тандаңыз: ${options.ky}.`,
          ru: `Значения нет в списке: в Приложении 2 нет нулевого уровня. Выберите: ${options.ru}.`,
          en: `The value is not in the list: Appendix 2 has no zero level. Choose: ${options.en}.`,
        }
        : found.kind === 'ambiguous'
          ? {
            ky: `${quote(cell.text)} бир нече маанини камтыйт; бирөөнү тандаңыз: ${options.ky}.`,
            ru: `${quote(cell.text)} содержит несколько значений; выберите одно: ${options.ru}.`,
            en: `${quote(cell.text)} names more than one value; choose one: ${options.en}.`,
          }
          : {
            ky: `Маани тизмеде жок: ${quote(cell.text)}. Тандаңыз: ${options.ky}.`,
            ru: `Значения нет в списке: ${quote(cell.text)}. Выберите: ${options.ru}.`,
            en: `The value is not in the list: ${quote(cell.text)}. Choose: ${options.en}.`,
          },
    });
    return;
  }
  if (found.kind === 'variant') {
    const suggestion = entries.find((e) => e.id === found.id)!.canonical[register.language];
    report({
      cell, column, severity: 'info', rule: `${column}.variant`, paragraph, suggestion,
      messages: {
        ky: `${quote(cell.text)} «${suggestion}» деп окулат. Сунушталган маани: «${suggestion}».`,
        ru: `${quote(cell.text)} читается как «${suggestion}». Предлагаемое значение: «${suggestion}».`,
        en: `${quote(cell.text)} reads as «${suggestion}». Suggested value: «${suggestion}».`,
      },
    });
  }
}

export const categoryAllowed: Rule = (context) => {
  if (context.register.kind !== 'risks') return;
  for (const row of context.register.rows) {
    if (row.cells.category) checkValue(context, row.cells.category, 'category', CATEGORIES, CATEGORIES.map((c) => c.id), CATEGORY_CHOICES, 'p.4');
  }
};

export const levelAllowed: Rule = (context) => {
  const positions = context.register.kind === 'positions';
  const allowed: readonly LevelId[] = positions ? POSITION_REGISTER_LEVELS : RISK_REGISTER_LEVELS;
  const paragraph: ParagraphRef = positions ? 'Appendix 2 (****)' : 'p.4';
  for (const row of context.register.rows) {
    if (row.cells.level) checkValue(context, row.cells.level, 'level', LEVELS, allowed, positions ? POSITION_LEVEL_CHOICES : RISK_LEVEL_CHOICES, paragraph);
  }
};
