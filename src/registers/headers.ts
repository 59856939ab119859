/**
 * Recognising a register's header row by its words, in Kyrgyz or Russian, whatever the order of the
 * columns, with or without footnote marks and line breaks, as the blank form or as the sample spells it.
 */
import { BRACKETED_ASIDE } from '../order281/normalize';
import type { RegisterColumn, RegisterKind } from './kinds';

const HEADER_FOLDS: Record<string, string> = { ө: 'о', ү: 'у', ң: 'н' };
/**
 * «№», «№ п/п», «п/п», «№ п.п.», «Nº», «Номер», and the Kyrgyz «№ р/с» («реттик саны», the order number),
 * «№ к/с» («катар саны») and «Реттик №».
 */
const NUMBER_HEADER = /^((реттик|катар)\s+)?((№+|#|n[º°]?|no\.?|nn)\s*([прк]\s*[./]\s*[пс]\.?|пп|рс)?|[прк]\s*[./]\s*[пс]\.?|номер)\.?$/i;

/**
 * The column a header cell names, or undefined. The words outside brackets decide: an aside in brackets
 * may name another column («… полномочия (согласно должностной инструкции)» is the powers, not the post);
 * only a cell whose own words name nothing is read with its brackets.
 */
export function classifyHeaderCell(text: string): RegisterColumn | undefined {
  if (NUMBER_HEADER.test(text.trim())) return 'number';
  if (text.includes('(')) {
    const outside = classifyWords(text.replace(BRACKETED_ASIDE, ' '));
    if (outside) return outside;
  }
  return classifyWords(text);
}

/** Folded text of a header cell to the column it names. Order matters: see the notes. */
function classifyWords(text: string): RegisterColumn | undefined {
  // Every row of a long register passes through here (a second header may start a second register), so
  // the key is the cheapest one that still reads ң/ө/ү typed as н/о/у and line breaks in header cells.
  const folded = text.toLowerCase().replace(/[өүң]/g, (ch) => HEADER_FOLDS[ch]).replace(/\s+/g, ' ');
  if (folded.trim() === '') return undefined;
  const has = (...stems: string[]) => stems.some((stem) => folded.includes(stem));
  // A list of posts may head its post column with the unit too («Структурное подразделение, должность»,
  // «Түзүмдүк бөлүм, кызмат орду»): that is the post. Appendix 1 names the post only in brackets.
  if (has('тузумдук', 'подразделен')) return has('кызмат орд', 'должност') ? 'position' : 'unit';
  if (has('категори')) return 'category';
  if (has('денгээл', 'уровен', 'уровн', 'степен', 'дараж')) return 'level';
  // A post's duties are its powers (Appendix 2, footnote **: as the job descriptions give them).
  if (has('обязанност', 'милдет')) return 'powers';
  // Column 7 asks whether the risk covers one body or several.
  if (has('таандык', 'бир нече', 'нескольк', 'относится')) return 'scope';
  if (has('функци')) return 'function';
  // «Вид / Характер коррупционного риска», «Коррупциялык тобокелдиктин түрү»: the category by another name.
  if (has('тобокел', 'риск') && (has('характер', 'туру') || KIND_WORD.test(folded))) return 'category';
  if (has('эскертуу', 'примечан')) return 'note';
  // «Должностные лица, вовлечённые в …» are the officials a risk map names, not the post a list of posts gives.
  if (has('должностные лица', 'должностных лиц')) return undefined;
  if (has('кызмат орд', 'должност')) return 'position';
  if (has('ыйгарым', 'полномоч')) return 'powers';
  // Appendix 2, footnote ***: the risk column is the sphere of the body's work where risks may arise.
  if (has('тобокел', 'риск', 'сфер', 'чойро')) return 'risk';
  return undefined;
}

const KIND_WORD = /(^| )вид( |$)/;

export interface HeaderMatch {
  kind: RegisterKind;
  columns: Partial<Record<RegisterColumn, number>>;
}

/**
 * Decides whether a row is a register header. `cells` maps sheet column to text. A risks header needs the
 * risk column, a category or level column, and a function or unit column; a positions header needs the
 * position column and two of powers, risk and level, and no category.
 */
export function matchHeaderRow(cells: ReadonlyArray<{ column: number; text: string }>): HeaderMatch | undefined {
  const columns: Partial<Record<RegisterColumn, number>> = {};
  for (const { column, text } of cells) {
    const key = classifyHeaderCell(text);
    if (key && columns[key] === undefined) columns[key] = column;
  }
  const present = (key: RegisterColumn) => columns[key] !== undefined;
  const positionEvidence = ['powers', 'risk', 'level'].filter((key) => present(key as RegisterColumn)).length;
  // Appendix 1 names the powers (column 2) before the post (column 3, in brackets); Appendix 2 the post first.
  const powersBeforePost = present('powers') && present('position') && columns.powers! < columns.position!;
  // A list of posts may add a category column: a post followed by its powers, with no function, is still a post.
  const positions = present('position') && positionEvidence >= 2 && (!present('category') || (present('powers') && !present('function') && !powersBeforePost));
  const risks = present('risk') && (present('category') || present('level')) && (present('function') || present('unit') || powersBeforePost);
  // A list of posts may give each post's unit a column of its own: a post with its powers and no function
  // column is Appendix 2, though its unit column would also fit Appendix 1's shape.
  if (positions && (!risks || (present('powers') && !present('function')))) {
    // Appendix 2, footnote ***: its risk column is the sphere of work where risks arise, often headed as functions.
    return { kind: 'positions', columns: pick(columns, ['number', 'unit', 'position', 'powers', 'risk', 'level'], { risk: 'function' }) };
  }
  if (risks) {
    // Appendix 1 heads column 2 «функции / служебные полномочия» and column 3 «подразделение (должность …)»:
    // either name of each is that column.
    return { kind: 'risks', columns: pick(columns, ['number', 'function', 'unit', 'risk', 'category', 'level', 'scope', 'note'], { function: 'powers', unit: 'position' }) };
  }
  return undefined;
}

/** The columns of one kind, each taken from its other name (`otherNames`) where the header has only that. */
function pick(columns: Partial<Record<RegisterColumn, number>>, keys: RegisterColumn[], otherNames: Partial<Record<RegisterColumn, RegisterColumn>>): Partial<Record<RegisterColumn, number>> {
  const picked: Partial<Record<RegisterColumn, number>> = {};
  for (const key of keys) {
    const other = otherNames[key];
    const column = columns[key] ?? (other === undefined ? undefined : columns[other]);
    if (column !== undefined) picked[key] = column;
  }
  return picked;
}
