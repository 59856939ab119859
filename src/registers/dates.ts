/**
 * Reading the approval date people write under «Бекитемин» / «УТВЕРЖДАЮ»: a real date cell, an Excel
 * serial number, or text in the Kyrgyz («2024-ж. "12" май»), Russian («"12" мая 2024 г.») or numeric form.
 */
import { foldText } from '../order281/normalize';

const MONTH_PREFIXES: ReadonlyArray<[string, number]> = [
  ['янв', 1], ['фев', 2], ['мар', 3], ['апр', 4], ['май', 5], ['мая', 5], ['июн', 6], ['июл', 7], ['авг', 8],
  ['сен', 9], ['окт', 10], ['ноя', 11], ['дек', 12],
  // The Kyrgyz month names.
  ['учтун', 1], ['бирдин', 2], ['жалган', 3], ['чын', 4], ['бугу', 5], ['кулжа', 6], ['теке', 7], ['баш', 8],
  ['аяк', 9], ['тогуздун', 10], ['жетинин', 11], ['бештин', 12],
];

// Excel serials for 1990-01-01 and 2100-01-01: numbers outside this are not approval dates.
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73051;

export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

export function dateFromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return undefined;
  // Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for.
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

function monthFromWord(word: string): number | undefined {
  const folded = foldText(word);
  return MONTH_PREFIXES.find(([prefix]) => folded.startsWith(prefix))?.[1];
}

// The forms official documents write, tried in this order; the first that reads as a real date wins.
// «2016-05-18», «2016.05.18»
const ISO = /(?<!\d)(\d{4})\s*[-.]\s*(\d{1,2})\s*[-.]\s*(\d{1,2})(?!\d)/;
// «18.05.2016», «18/05/2016», «18.05.16»
const DAY_FIRST_NUMERIC = /(?<!\d)(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4}|\d{2})(?!\d)/;
// «2016-ж. "18" май», «2016-жылдын 18-майы», «2016 жылы 18 май»
const YEAR_FIRST = /(?<!\d)(\d{4})\s*-?\s*(?:ж\.?|жыл\p{L}*|г\.?|год\p{L}*)?\s*(\d{1,2})\s*-?\s*(\p{L}+)/u;
// «18-май 2016-ж.», «"18" мая 2016 г.», «« 15 » марта 2024 года», «1 бештин айы 2025-ж.» (a Kyrgyz month name is
// two words), «1-го марта 2024 г.», «15-марта-2024»
const DAY_FIRST = /(?<!\d)(\d{1,2})\s*(?:-?го)?\s*-?\s*(\p{L}+)(?:\s+\p{L}+)?\s*[,-]?\s*(\d{4})(?!\d)/u;
// «"15" 03 2024 г.»: the form's quoted day, with the month as a number and no stops.
const QUOTED_DAY_NUMERIC = /[«"“„]\s*(\d{1,2})\s*[»"”“]\s*(\d{1,2})\s*[./]?\s*(\d{4})(?!\d)/;

/** A two-digit year is this century's: registers date from 2016. */
function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

export function parseDateText(text: string): string | undefined {
  const quotedDay = QUOTED_DAY_NUMERIC.exec(text);
  if (quotedDay) return isoDate(+quotedDay[3], +quotedDay[2], +quotedDay[1]);
  // Quotes and underlines frame the day in the forms («"18" мая», «« 15 »»); they carry nothing.
  const clean = text.replace(/[«»“”„"'_]/g, ' ').replace(/\s+/g, ' ');
  let m = ISO.exec(clean);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = DAY_FIRST_NUMERIC.exec(clean);
  if (m) return isoDate(fullYear(m[3]), +m[2], +m[1]);
  m = YEAR_FIRST.exec(clean);
  const yearFirstMonth = m && monthFromWord(m[3]);
  if (m && yearFirstMonth) return isoDate(+m[1], yearFirstMonth, +m[2]);
  m = DAY_FIRST.exec(clean);
  const dayFirstMonth = m && monthFromWord(m[2]);
  if (m && dayFirstMonth) return isoDate(+m[3], dayFirstMonth, +m[1]);
  return undefined;
}

/** Whether a text is a date line left blank, as the form prints it: `2016-ж. " _ " _____`. */
export function isBlankDateLine(text: string): boolean {
  return /_{1,}/.test(text) && /(\d{4}|ж\.|г\.)/.test(text);
}
