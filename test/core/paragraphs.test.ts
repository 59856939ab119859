import { paragraphLabel } from '../../src/order281/paragraphs';

describe('paragraph labels', () => {
  it('names a paragraph in each language', () => {
    expect(paragraphLabel('p.9')).toEqual({ ky: '9-пункт', ru: 'пункт 9', en: 'paragraph 9' });
    expect(paragraphLabel('p.13')).toEqual({ ky: '13-пункт', ru: 'пункт 13', en: 'paragraph 13' });
  });

  it('names an appendix, with its footnote when the reference has one', () => {
    expect(paragraphLabel('Appendix 1')).toEqual({ ky: '1-тиркеме', ru: 'Приложение 1', en: 'Appendix 1' });
    expect(paragraphLabel('Appendix 2 (***)')).toEqual({ ky: '2-тиркеме, (***) эскертүү', ru: 'Приложение 2, сноска (***)', en: 'Appendix 2, footnote (***)' });
    expect(paragraphLabel('Appendix 1 (*)')).toEqual({ ky: '1-тиркеме, (*) эскертүү', ru: 'Приложение 1, сноска (*)', en: 'Appendix 1, footnote (*)' });
  });

  it('shows a reference it does not know as written, whole', () => {
    for (const ref of ['footnote **', 'p.9a', 'xp.9', 'p.', 'Appendix 12', 'Appendix 1 (x)', 'Appendix 1 (*) more', 'see Appendix 1', 'Appendix 1(*)']) {
      expect(paragraphLabel(ref)).toEqual({ ky: ref, ru: ref, en: ref });
    }
  });
});
