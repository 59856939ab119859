/** What each register column is called in messages, and which paragraph makes it required. */
import type { Localized } from '../order281/text';
import type { ParagraphRef } from '../order281/paragraphs';
import type { RegisterColumn, RegisterKind } from '../registers/kinds';

export const COLUMN_LABELS: Record<RegisterColumn, Localized> = {
  number: { ky: '№', ru: '№', en: 'No.' },
  function: { ky: 'функциялар / кызматтык ыйгарым укуктар', ru: 'функции / служебные полномочия', en: 'function / official powers' },
  unit: { ky: 'түзүмдүк бөлүм (кызмат орду)', ru: 'структурное подразделение (должность)', en: 'structural unit (position)' },
  risk: { ky: 'коррупциялык тобокелдик', ru: 'коррупционный риск', en: 'corruption risk' },
  category: { ky: 'тобокелдиктин категориясы', ru: 'категория риска', en: 'risk category' },
  level: { ky: 'тобокелдиктин деңгээли', ru: 'уровень риска', en: 'risk level' },
  scope: { ky: 'бир же бир нече органга таандыктыгы', ru: 'один или несколько органов', en: 'one body or several' },
  note: { ky: '«Эскертүү» мамычасы', ru: 'примечание', en: 'note' },
  position: { ky: 'коррупциялык тобокелдик бар кызмат орду', ru: 'должность, связанная с коррупционным риском', en: 'position carrying the risk' },
  powers: { ky: 'кызматтык ыйгарым укуктар', ru: 'служебные полномочия', en: 'official powers' },
};

export const REQUIRED_COLUMNS: Record<RegisterKind, ReadonlyArray<{ column: RegisterColumn; paragraph: ParagraphRef }>> = {
  risks: [
    { column: 'function', paragraph: 'Appendix 1 (*)' },
    { column: 'unit', paragraph: 'Appendix 1 (*)' },
    { column: 'risk', paragraph: 'Appendix 1 (**)' },
    { column: 'category', paragraph: 'p.4' },
    { column: 'level', paragraph: 'p.4' },
  ],
  positions: [
    { column: 'position', paragraph: 'Appendix 2 (*)' },
    { column: 'powers', paragraph: 'Appendix 2 (**)' },
    { column: 'risk', paragraph: 'Appendix 2 (***)' },
    { column: 'level', paragraph: 'Appendix 2 (****)' },
  ],
};

/** Every required cell's register and column: where the empty-cell rule reports. */
export const REQUIRED_PLACES = (Object.keys(REQUIRED_COLUMNS) as RegisterKind[]).flatMap((kind) => REQUIRED_COLUMNS[kind].map(({ column }) => ({ kind, column })));

/** What makes a column required: its footnote or paragraph; any other column rests on its appendix. */
export function requiredColumnParagraph({ kind, column }: { kind: RegisterKind; column: string }): ParagraphRef {
  return REQUIRED_COLUMNS[kind].find((required) => required.column === column)?.paragraph ?? appendixOf(kind);
}

export function appendixOf(kind: RegisterKind): ParagraphRef {
  return kind === 'risks' ? 'Appendix 1' : 'Appendix 2';
}
