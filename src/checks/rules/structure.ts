/** The shape of Appendix 1: risks grouped under function headings (the form, p.5), no empty numbered rows. */
import { FUNCTION_TYPES } from '../../order281/function-types';
import { appendixOf } from '../columns';
import { quote, type Rule } from '../finding';
import { firstHeaderCell } from '../../registers/model';

const FUNCTION_LIST = {
  ky: FUNCTION_TYPES.map((t) => t.label.ky).join('; '),
  ru: FUNCTION_TYPES.map((t) => t.label.ru).join('; '),
  en: FUNCTION_TYPES.map((t) => t.label.en).join('; '),
};

export const rowsUnderHeadings: Rule = ({ register, report }) => {
  if (register.kind !== 'risks') return;
  const orphans = register.rows.filter((row) => row.heading === undefined);
  if (orphans.length === 0) return;
  if (register.headings.length === 0) {
    const first = orphans[0];
    report({
      cell: first.cells.number ?? first.cells.function ?? Object.values(first.cells)[0]!, column: 'heading', severity: 'error',
      rule: 'heading.none', paragraph: 'p.5',
      messages: {
        ky: `Тобокелдиктер функциянын түрү боюнча топтолгон эмес: таблицага «… функциясы» деген аталыш саптарын кошуңуз (${FUNCTION_LIST.ky}).`,
        ru: `Риски не сгруппированы по видам функций: добавьте строки-заголовки «… функция» (${FUNCTION_LIST.ru}).`,
        en: `Risks are not grouped by function type: add heading rows such as «… функциясы» (${FUNCTION_LIST.en}).`,
      },
    });
    return;
  }
  for (const row of orphans) {
    report({
      cell: row.cells.number ?? row.cells.function ?? Object.values(row.cells)[0]!, column: 'heading', severity: 'error',
      rule: 'row.before-heading', paragraph: 'p.5',
      messages: {
        ky: 'Бул тобокелдик биринчи функция аталышынан жогору турат: аны тиешелүү функциянын астына жылдырыңыз.',
        ru: 'Этот риск стоит выше первого заголовка функции: перенесите его под соответствующую функцию.',
        en: 'This risk stands above the first function heading: move it under the function it belongs to.',
      },
    });
  }
};

export const headingsNameFunctionTypes: Rule = ({ register, report }) => {
  if (register.kind !== 'risks') return;
  for (const heading of register.headings) {
    if (heading.functionType) continue;
    report({
      cell: heading.cell, column: 'heading', severity: 'warning', rule: 'heading.unknown-function', paragraph: 'p.5',
      messages: {
        ky: `${quote(heading.text)} 5-пункттагы функциялардын бирин атабайт (${FUNCTION_LIST.ky}). Тизме толук эмес (6-пункт), бирок аталышты текшериңиз.`,
        ru: `${quote(heading.text)} не называет ни одну функцию из пункта 5 (${FUNCTION_LIST.ru}). Перечень не исчерпывающий (пункт 6), но проверьте заголовок.`,
        en: `${quote(heading.text)} names none of the function types of paragraph 5 (${FUNCTION_LIST.en}). The list is not exhaustive (paragraph 6), but check the heading.`,
      },
    });
  }
};

/** A register with a header and no rows (a fresh template) is not a register yet. */
export const hasRows: Rule = ({ register, report }) => {
  if (register.rows.length > 0) return;
  const cell = register.emptyNumberedRows[0] ?? firstHeaderCell(register);
  report({
    cell, column: cell === register.emptyNumberedRows[0] ? 'number' : 'header', severity: 'error', rule: 'register.empty', paragraph: 'p.11',
    messages: {
      ky: 'Тизмеде бир да сап жок: тапшыруудан мурун саптарды толтуруңуз.',
      ru: 'В перечне нет ни одной строки: заполните строки перед представлением.',
      en: 'The register has no rows yet: fill them in before submitting it.',
    },
  });
};

/** A fresh template has runs of empty numbered rows: one finding per run says it once, not once a row. */
export const noEmptyNumberedRows: Rule = ({ register, report }) => {
  const cells = register.emptyNumberedRows;
  for (let start = 0; start < cells.length;) {
    let end = start;
    while (end + 1 < cells.length && cells[end + 1].row === cells[end].row + 1) end++;
    const first = cells[start];
    const last = cells[end];
    report({
      cell: first, column: 'number', severity: 'warning', rule: 'row.empty-numbered', paragraph: appendixOf(register.kind),
      range: first === last ? undefined : `${first.address}:${last.address}`,
      messages: first === last
        ? {
          ky: 'Номурланган сап бош: толтуруңуз же өчүрүңүз.',
          ru: 'Пронумерованная строка пуста: заполните или удалите её.',
          en: 'A numbered row is empty: fill it in or delete it.',
        }
        : {
          ky: `${first.row}–${last.row}-саптар номурланган, бирок бош: толтуруңуз же өчүрүңүз.`,
          ru: `Строки ${first.row}–${last.row} пронумерованы, но пусты: заполните или удалите их.`,
          en: `Rows ${first.row}–${last.row} are numbered but empty: fill them in or delete them.`,
        },
    });
    start = end + 1;
  }
};

export const continuationRows: Rule = ({ register, report }) => {
  for (const row of register.rows) {
    if (row.continuation.length === 0) continue;
    const cell = row.cells.risk ?? row.cells.powers ?? Object.values(row.cells)[0]!;
    const rows = row.continuation.join(', ');
    report({
      cell, column: cell === row.cells.powers ? 'powers' : 'risk', severity: 'info', rule: 'row.continued', paragraph: appendixOf(register.kind),
      messages: {
        ky: `Бул саптын тексти ${rows}-саптарда уланат; аны бир уячада сактаңыз, ошондо иреттөө жана чыпкалоо сапты бөлбөйт.`,
        ru: `Текст этой строки продолжается в строках ${rows}; держите его в одной ячейке, чтобы сортировка и фильтр не разрывали запись.`,
        en: `This row's text continues in rows ${rows}; keep it in one cell so sorting and filtering do not split the entry.`,
      },
    });
  }
};
