/** Numbers run 1..n under each function heading (the form restarts them), or over the whole list. */
import { rowNumber, type RegisterRow } from '../../registers/model';
import { appendixOf } from '../columns';
import type { Rule } from '../finding';

export const numbering: Rule = ({ register, report }) => {
  if (register.columns.number === undefined) return;
  const groups = new Map<unknown, RegisterRow[]>();
  for (const row of register.rows) {
    const key = register.kind === 'risks' ? row.heading : undefined;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const paragraph = appendixOf(register.kind);
  for (const rows of groups.values()) {
    const seen = new Set<number>();
    rows.forEach((row, index) => {
      const cell = row.cells.number!;
      const expected = index + 1;
      const value = rowNumber(cell.text);
      if (value !== undefined && seen.has(value)) {
        report({
          cell, column: 'number', severity: 'warning', rule: 'numbering.repeated', paragraph,
          messages: {
            ky: `${value} номуру кайталанат.`,
            ru: `Номер ${value} повторяется.`,
            en: `Number ${value} is repeated.`,
          },
        });
      } else if (value !== expected) {
        report({
          cell, column: 'number', severity: 'warning', rule: 'numbering.sequence', paragraph, suggestion: String(expected),
          messages: {
            ky: `Номурлар ар бир аталыштын астында 1ден ырааттуу болушу керек: бул жерде ${expected} күтүлөт.`,
            ru: `Нумерация под каждым заголовком идёт по порядку с 1: здесь ожидается ${expected}.`,
            en: `Numbers run 1, 2, 3 … under each heading: ${expected} is expected here.`,
          },
        });
      }
      if (value !== undefined) seen.add(value);
    });
  }
};
