/**
 * The two closed columns, category (p.4) and level (p.4; Appendix 2 footnote ****): what each accepts in
 * each register, worded once (a register may name the choices in thousands of findings), and how a cell
 * reads. Shared by the four vocabulary rules.
 */
import {
  CATEGORIES, LEVELS, POSITION_REGISTER_LEVELS, RISK_REGISTER_LEVELS, recognize,
  type Recognition, type VocabularyEntry,
} from '../../../order281/vocabulary';
import type { Localized } from '../../../order281/text';
import type { ParagraphRef } from '../../../order281/paragraphs';
import type { CellText, Register } from '../../../registers/model';
import type { CitationPlace, RuleContext } from '../../finding';
import { quote } from '../../finding';
import { REGISTER_KINDS, type RegisterKind } from '../../../registers/kinds';

export type VocabularyColumn = 'category' | 'level';

function listOf(entries: readonly VocabularyEntry<string>[], ids: readonly string[]): Localized {
  const pick = ids.map((id) => entries.find((e) => e.id === id)!);
  return {
    ky: pick.map((e) => e.label.ky).join(', '),
    ru: pick.map((e) => e.label.ru).join(', '),
    en: pick.map((e) => e.label.en).join(', '),
  };
}

export interface ColumnVocabulary {
  entries: readonly VocabularyEntry<string>[];
  allowed: readonly string[];
  choices: Localized;
}

const CATEGORY: ColumnVocabulary = { entries: CATEGORIES, allowed: CATEGORIES.map((c) => c.id), choices: listOf(CATEGORIES, CATEGORIES.map((c) => c.id)) };
const RISK_LEVEL: ColumnVocabulary = { entries: LEVELS, allowed: RISK_REGISTER_LEVELS, choices: listOf(LEVELS, RISK_REGISTER_LEVELS) };
const POSITION_LEVEL: ColumnVocabulary = { entries: LEVELS, allowed: POSITION_REGISTER_LEVELS, choices: listOf(LEVELS, POSITION_REGISTER_LEVELS) };

/** Appendix 2 has no category column; its levels are footnote (****)'s three. */
export function vocabularyOf(column: VocabularyColumn, kind: RegisterKind): ColumnVocabulary | undefined {
  if (column === 'category') return kind === 'risks' ? CATEGORY : undefined;
  return kind === 'risks' ? RISK_LEVEL : POSITION_LEVEL;
}

/** The registers that have the column, as places a vocabulary rule reports. */
export function vocabularyPlaces(column: VocabularyColumn): CitationPlace[] {
  return REGISTER_KINDS.filter((kind) => vocabularyOf(column, kind)).map((kind) => ({ kind, column }));
}

export function vocabularyParagraph({ kind, column }: { kind: RegisterKind; column: string }): ParagraphRef {
  return column === 'level' && kind === 'positions' ? 'Appendix 2 (****)' : 'p.4';
}

/**
 * Each filled cell of the column with how it reads. A callback rather than a generator: it runs over every
 * row of every register, and a generator costs an object per row.
 */
export function forEachValue(register: Register, column: VocabularyColumn, visit: (cell: CellText, found: Recognition<string>, vocabulary: ColumnVocabulary) => void): void {
  const vocabulary = vocabularyOf(column, register.kind);
  if (!vocabulary) return;
  for (const row of register.rows) {
    const cell = row.cells[column];
    if (!cell || cell.text === '') continue;
    visit(cell, recognize(cell.text, vocabulary.entries, register.language), vocabulary);
  }
}

/** The value a cell reads as, exactly or as a variant; undefined for no cell, an empty one, or no value. */
export function valueOf<Id extends string>(cell: CellText | undefined, entries: readonly VocabularyEntry<Id>[], language: Register['language']): Id | undefined {
  const found = cell && recognize(cell.text, entries, language);
  return found && (found.kind === 'exact' || found.kind === 'variant') ? found.id : undefined;
}

export const VARIANT_WHY: Localized = {
  ky: 'Маани таанылат, бирок Буйруктагыдай жазылган эмес; Буйруктагыдай жазылса, тизмелерди салыштырууга жана бириктирүүгө болот.',
  ru: 'Значение узнаваемо, но записано не так, как в распоряжении; единое написание позволяет сравнивать и сводить перечни.',
  en: "The value is recognisable but not written as in the Order; writing it the Order's way lets registers be compared and consolidated.",
};

/**
 * The check of both variant rules: a value that reads as one of the Order's values the column allows, but
 * is not written as the Order writes it, gets the Order's spelling as a suggestion.
 */
export function suggestOrderSpelling(column: VocabularyColumn): (context: RuleContext) => void {
  return ({ register, report }) => {
    forEachValue(register, column, (cell, found, vocabulary) => {
      if (found.kind !== 'variant' || !vocabulary.allowed.includes(found.id)) return;
      const suggestion = vocabulary.entries.find((e) => e.id === found.id)!.canonical[register.language];
      report({
        cell, column, suggestion,
        messages: {
          ky: `${quote(cell.text)} «${suggestion}» деп окулат. Сунушталган маани: «${suggestion}».`,
          ru: `${quote(cell.text)} читается как «${suggestion}». Предлагаемое значение: «${suggestion}».`,
          en: `${quote(cell.text)} reads as «${suggestion}». Suggested value: «${suggestion}».`,
        },
      });
    });
  };
}
