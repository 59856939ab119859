import { CATEGORIES, LEVELS, recognize } from '../../src/order281/vocabulary';
import { recognizeFunctionType } from '../../src/order281/function-types';

describe('recognize category', () => {
  it.each([
    ['Кырдаалдык', 'exact'],
    ['кырдаалдык ', 'exact'],
    ['Системалуу (реалдуу)', 'exact'],
    ['системалуу', 'exact'],
    ['реалдуу', 'exact'],
    ['ситуационный', 'variant'],
    ['Kырдаалдык', 'variant'],
  ])('%s is read as %s in a Kyrgyz register', (text, kind) => {
    expect(recognize(text, CATEGORIES, 'ky').kind).toBe(kind);
  });

  it('reads «Кырдаалдык», «кырдаалдык » and «ситуационный» all as situational', () => {
    for (const text of ['Кырдаалдык', 'кырдаалдык ', 'ситуационный']) {
      const found = recognize(text, CATEGORIES, 'ky');
      expect(found.kind === 'exact' || found.kind === 'variant' ? found.id : undefined).toBe('situational');
    }
  });

  it('calls a cell naming two categories ambiguous', () => {
    expect(recognize('потенциалдуу, кырдаалдык', CATEGORIES, 'ky').kind).toBe('ambiguous');
  });

  it('does not recognise an unrelated word', () => {
    expect(recognize('маанилүү', CATEGORIES, 'ky').kind).toBe('unknown');
  });
});

describe('recognize level', () => {
  it('reads a level typed without Kyrgyz letters as a variant of the right level', () => {
    expect(recognize('Томонку', LEVELS, 'ky')).toEqual({ kind: 'variant', id: 'low' });
  });

  it('reads Russian levels exactly in a Russian register', () => {
    expect(recognize('Высокий', LEVELS, 'ru')).toEqual({ kind: 'exact', id: 'high' });
    expect(recognize('нулевой', LEVELS, 'ru')).toEqual({ kind: 'exact', id: 'zero' });
  });
});

describe('recognizeFunctionType', () => {
  it('recognises the form\'s headings and their Russian equivalents', () => {
    expect(recognizeFunctionType('Уруксат берүү функциясы')?.id).toBe('permitting');
    expect(recognizeFunctionType('Кызмат көрсөтүү функциясы')?.id).toBe('services');
    expect(recognizeFunctionType('Разрешительная функция')?.id).toBe('permitting');
    expect(recognizeFunctionType('Контрольно-надзорная функция')?.id).toBe('control');
    expect(recognizeFunctionType('Нормотворческая функция')?.id).toBe('normMaking');
  });

  it('finds no p.5 type in an unrelated heading', () => {
    expect(recognizeFunctionType('Спорт иш-чаралары')).toBeUndefined();
  });
});
