/** The places in the Order a finding can rest on, with how each is named in the interface languages. */
import type { Localized } from './text';

export type ParagraphRef =
  | 'p.2' | 'p.4' | 'p.5' | 'p.6' | 'p.7' | 'p.9' | 'p.10' | 'p.11' | 'p.12' | 'p.13' | 'p.14'
  | 'Appendix 1' | 'Appendix 1 (*)' | 'Appendix 1 (**)'
  | 'Appendix 2' | 'Appendix 2 (*)' | 'Appendix 2 (**)' | 'Appendix 2 (***)' | 'Appendix 2 (****)';

/** A reference in the interface languages; one it does not know (from a newer report) is shown as written. */
export function paragraphLabel(ref: ParagraphRef | string): Localized {
  const paragraph = /^p\.(\d+)$/.exec(ref);
  if (paragraph) {
    const n = paragraph[1];
    return { ky: `${n}-пункт`, ru: `пункт ${n}`, en: `paragraph ${n}` };
  }
  const appendix = /^Appendix (\d)(?: (\(\*+\)))?$/.exec(ref);
  if (!appendix) return { ky: ref, ru: ref, en: ref };
  const [, n, mark] = appendix;
  const note = mark ? { ky: `, ${mark} эскертүү`, ru: `, сноска ${mark}`, en: `, footnote ${mark}` } : { ky: '', ru: '', en: '' };
  return { ky: `${n}-тиркеме${note.ky}`, ru: `Приложение ${n}${note.ru}`, en: `Appendix ${n}${note.en}` };
}
