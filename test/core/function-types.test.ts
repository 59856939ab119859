import { zoneById } from '../../src/order281/factors';
import { FORM_HEADINGS, FUNCTION_TYPES, functionTypeById, recognizeFunctionType } from '../../src/order281/function-types';

describe('function types', () => {
  it('knows each type by the heading a template writes for it, in both register languages', () => {
    for (const type of FUNCTION_TYPES) {
      expect(recognizeFunctionType(type.heading.ky)?.id).toBe(type.id);
      expect(recognizeFunctionType(type.heading.ru)?.id).toBe(type.id);
    }
    expect(FORM_HEADINGS.map((id) => functionTypeById(id)?.heading.ky)).toEqual(['Уруксат берүү функциясы', 'Кызмат көрсөтүү функциясы']);
  });

  it('takes the type p.5 lists first when a heading names several, wherever each is named', () => {
    expect(recognizeFunctionType('Лицензиялоо жана мүлктү башкаруу')?.id).toBe('property');
    expect(recognizeFunctionType('Мүлктү башкаруу жана лицензиялоо')?.id).toBe('property');
    expect(recognizeFunctionType('Айып салуу жана нормативдик актыларды даярдоо')?.id).toBe('jurisdictional');
    expect(recognizeFunctionType('Нормативдик актыларды даярдоо жана айып салуу')?.id).toBe('jurisdictional');
    expect(recognizeFunctionType('Башка иштер')).toBeUndefined();
    expect(recognizeFunctionType('')).toBeUndefined();
  });

  it.each([
    ['Функция по рассмотрению дел об административных правонарушениях', 'jurisdictional'],
    ['Административдик укук бузуулар жөнүндө иштерди кароо', 'jurisdictional'],
    ['Управление госимуществом', 'property'],
    ['Функции по управлению госсобственностью', 'property'],
    ['Текшерүү функциясы', 'control'],
    ['Проверочные функции', 'control'],
    ['Нормативдик укуктук актыларды иштеп чыгуу', 'normMaking'],
    ['Ченем чыгаруу функциясы', 'normMaking'],
    ['Разработка проектов НПА', 'normMaking'],
  ])('reads «%s», a wording bodies use, as the %s type', (heading, id) => {
    expect(recognizeFunctionType(heading)?.id).toBe(id);
  });

  it('finds a type by its id, and none for an id it does not know', () => {
    expect(functionTypeById('services')?.label.en).toBe('provision of state services');
    expect(functionTypeById('sports')).toBeUndefined();
  });
  it('places a heading in the p.6 zone its function is, and only property, services and permits have one', () => {
    const zones = Object.fromEntries(FUNCTION_TYPES.map((type) => [type.id, type.zone]));
    // p.6/3 state and municipal property, p.6/15 state services, p.6/9 licensing and permits.
    expect(zones).toEqual({ control: undefined, property: 'p.6/3', services: 'p.6/15', permitting: 'p.6/9', jurisdictional: undefined, normMaking: undefined });
    for (const type of FUNCTION_TYPES) if (type.zone) expect(zoneById(type.zone)).toBeDefined();
  });

  it('names every type in Kyrgyz, Russian and English, each name its own', () => {
    for (const language of ['ky', 'ru', 'en'] as const) {
      const names = FUNCTION_TYPES.map((type) => type.label[language]);
      expect(names.every((name) => typeof name === 'string' && name.trim().length > 3)).toBe(true);
      expect(new Set(names).size).toBe(FUNCTION_TYPES.length);
    }
  });
});
