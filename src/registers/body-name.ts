/**
 * The body a register belongs to, as the register itself says it, for the title of a report. Appendix 2's
 * form has a line for the body's name with the caption «(мамлекеттик органдын аталышы)» under it; a
 * filled register often names the body in its title instead, as the Order's own sample does
 * («Кыргыз Республикасынын Экономика министрлигиндеги коррупциялык тобокелдиктердин ТИЗМЕГИ»). The
 * form's generic title names no body and is not taken for one.
 */
import { foldText } from '../order281/normalize';
import type { Grid } from './grid';
import type { Register } from './model';

const CAPTION = /^\(?\s*(мамлекеттик органдын аталышы|наименование государственного органа)\s*\)?$/;
/** The words every register title has; the part before (Kyrgyz) or after (Russian) them is the body. */
const KY_TITLE = /^(.*?)\s*(коррупциялык тобокелдиктердин|коррупциогендик кызмат орундарынын)/i;
const RU_TITLE = /(коррупционных рисков|коррупциогенных должностей)\s+(.*?)\s*$/i;
/** The form's own title words, folded: no body in them. */
const GENERIC = new Set(
  ['Кыргыз Республикасынын мамлекеттик органдарынын системасындагы', 'Мамлекеттик органдагы', 'в системе государственных органов Кыргызской Республики', 'в государственном органе'].map(foldText),
);

/**
 * The line naming the body (the form's name line), else the register's title when it names a body, as
 * written (spaces collapsed); undefined when the register names none.
 */
export function registerBodyName(grid: Grid, register: Register): string | undefined {
  const lines: string[] = [];
  for (let row = grid.firstRow; row < register.headerRow; row++) lines.push(lineText(grid, row));
  const caption = lines.findIndex((line) => CAPTION.test(foldText(line)));
  if (caption > 0) {
    const named = lines.slice(0, caption).reverse().find((line) => line !== '');
    if (named !== undefined && !isTitle(named)) return named;
  }
  const titleLines = lines.filter((line) => line !== '' && isTitlePart(line) && !CAPTION.test(foldText(line)));
  const title = titleLines.join(' ').replace(/\s+/g, ' ').trim();
  return titleNamesBody(title) ? title : undefined;
}

function titleNamesBody(title: string): boolean {
  const ky = KY_TITLE.exec(title);
  if (ky && ky[1] !== '') return !GENERIC.has(foldText(ky[1]));
  const ru = RU_TITLE.exec(title);
  return ru !== null && ru[2] !== '' && !GENERIC.has(foldText(ru[2]));
}

function isTitle(line: string): boolean {
  return KY_TITLE.test(line) || RU_TITLE.test(line) || isTitleWord(line);
}

/** A line of a title: the words that describe the register, or «ТИЗМЕГИ» / «ПЕРЕЧЕНЬ» on its own line. */
function isTitlePart(line: string): boolean {
  return /коррупци/i.test(line) || isTitleWord(line);
}

function isTitleWord(line: string): boolean {
  return /^(тизмеги|тизмеси|перечень)$/i.test(line.trim());
}

/** The row's text cells, joined: a title or name line is one merged cell, but a hand-made one may not be. */
function lineText(grid: Grid, row: number): string {
  const values = grid.values[row - grid.firstRow] ?? [];
  return values
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
