/**
 * What the two "not in the list" rules tell the reader: why the value is no value of the Order. A negation,
 * an intensifier or a range is named as such and never read as the level it qualifies.
 */
import type { Localized } from '../../../order281/text';
import { quote, type FindingPlace } from '../../finding';
import type { Recognition } from '../../../order281/vocabulary';
import type { CellText } from '../../../registers/model';
import { forEachValue, type ColumnVocabulary, type VocabularyColumn } from './vocabulary-values';
import type { RegisterRule } from '../../finding';

export function outsideListMessages(text: string, found: Recognition<string>, choices: Localized): Localized | undefined {
  // Most cells hold a value of the Order: nothing to say, and nothing to quote.
  if (found.kind === 'exact' || found.kind === 'variant') return undefined;
  const value = quote(text);
  if (found.kind === 'qualified') {
    switch (found.qualifier) {
      case 'negation':
        return {
          ky: `${value} — терс форма (${quote(found.word)}), Буйруктун маанилеринин бири эмес. Тандаңыз: ${choices.ky}.`,
          ru: `${value} — отрицание (${quote(found.word)}), а не значение из распоряжения. Выберите: ${choices.ru}.`,
          en: `${value} is a negation (${quote(found.word)}), not one of the Order's values. Choose: ${choices.en}.`,
        };
      case 'intensifier':
        return {
          ky: `${value}: Буйрук даражаларды (${quote(found.word)}) карабайт. Тандаңыз: ${choices.ky}.`,
          ru: `${value}: распоряжение не знает степеней (${quote(found.word)}). Выберите: ${choices.ru}.`,
          en: `${value}: the Order has no degrees of a value (${quote(found.word)}). Choose: ${choices.en}.`,
        };
      case 'range':
        return {
          ky: `${value} бир нече маанини камтыйт; бирөөнү тандаңыз: ${choices.ky}.`,
          ru: `${value} содержит несколько значений; выберите одно: ${choices.ru}.`,
          en: `${value} names more than one value; choose one: ${choices.en}.`,
        };
    }
  }
  if (found.kind === 'unknown') {
    return {
      ky: `Маани тизмеде жок: ${value}. Тандаңыз: ${choices.ky}.`,
      ru: `Значения нет в списке: ${value}. Выберите: ${choices.ru}.`,
      en: `The value is not in the list: ${value}. Choose: ${choices.en}.`,
    };
  }
  return undefined;
}

/**
 * The finding for a cell whose value is no value the column accepts, or none at all when it is one.
 * `zeroMessage` words a value of the Order the column does not take; it is worded only when needed.
 */
export function outsideList(cell: CellText, column: VocabularyColumn, found: Recognition<string>, vocabulary: ColumnVocabulary, zeroMessage?: (vocabulary: ColumnVocabulary) => Localized): FindingPlace | undefined {
  const messages = outsideListMessages(cell.text, found, vocabulary.choices);
  if (messages) return { cell, column, messages };
  if (found.kind === 'exact' || found.kind === 'variant') {
    if (vocabulary.allowed.includes(found.id)) return undefined;
    return { cell, column, messages: zeroMessage?.(vocabulary) ?? outsideListMessages(cell.text, { kind: 'unknown' }, vocabulary.choices)! };
  }
  return undefined;
}

/** The check of a "not in the list" rule: every cell of the column whose value the column does not accept. */
export function reportOutsideList(column: VocabularyColumn, zeroMessage?: (vocabulary: ColumnVocabulary) => Localized): RegisterRule['check'] {
  return ({ register, report }) => {
    forEachValue(register, column, (cell, found, vocabulary) => {
      const finding = outsideList(cell, column, found, vocabulary, zeroMessage);
      if (finding) report(finding);
    });
  };
}
