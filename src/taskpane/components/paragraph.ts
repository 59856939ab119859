/** A finding's `paragraph` in the interface language: `p.4` → «4-пункт», `Appendix 1 (**)` → … */
import type { Localized } from '../../order281/text';
import { paragraphLabel, type ParagraphRef } from '../../order281/paragraphs';

const KNOWN = /^(p\.\d+|Appendix \d(?: \(\*+\))?)$/;

export function paragraphText(ref: string): Localized {
  if (KNOWN.test(ref)) return paragraphLabel(ref as ParagraphRef);
  // A reference the labeller does not know is still shown, as written, rather than dropped.
  return { ky: ref, ru: ref, en: ref };
}
