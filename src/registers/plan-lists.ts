/**
 * The dropdown lists a template offers and what their input prompts say, in the template's language.
 * Excel caps a prompt title at 32 characters and its message at 255; the error message at 225.
 */
import { CATEGORIES, LEVELS, POSITION_REGISTER_LEVELS, RISK_REGISTER_LEVELS } from '../order281/vocabulary';
import { FUNCTION_TYPES } from '../order281/function-types';
import type { RegisterLanguage } from '../order281/text';
import type { PlannedList, PlannedValidation } from './sheet-plan';

export type ListKey = 'categories' | 'riskLevels' | 'positionLevels' | 'functions';

export function listName(key: ListKey, language: RegisterLanguage): string {
  return `${key}_${language}`;
}

export function plannedList(key: ListKey, language: RegisterLanguage): PlannedList {
  const values = {
    categories: () => CATEGORIES.map((c) => c.canonical[language]),
    riskLevels: () => RISK_REGISTER_LEVELS.map((id) => LEVELS.find((l) => l.id === id)!.canonical[language]),
    positionLevels: () => POSITION_REGISTER_LEVELS.map((id) => LEVELS.find((l) => l.id === id)!.canonical[language]),
    functions: () => FUNCTION_TYPES.map((t) => t.heading[language]),
  }[key]();
  return { name: listName(key, language), values };
}

type Wording = Pick<PlannedValidation, 'prompt' | 'error' | 'alert'>;

const WORDING: Record<ListKey, Record<RegisterLanguage, Wording>> = {
  categories: {
    ky: {
      alert: 'stop',
      prompt: { title: 'Категория (4-пункт)', message: 'Системалуу (реалдуу) - органда иш жүзүндө болгон схема; потенциалдуу - белгилүү шарттарда пайда болушу реалдуу; кырдаалдык - конкреттүү кырдаалда гана пайда болот.' },
      error: { title: 'Маани тизмеде жок', message: 'Тизмеден тандаңыз: системалуу (реалдуу), потенциалдуу же кырдаалдык (4-пункт).' },
    },
    ru: {
      alert: 'stop',
      prompt: { title: 'Категория (пункт 4)', message: 'Системный (реальный) - схема, реально действующая в органе; потенциальный - реален при определённых условиях; ситуационный - возникает только в конкретной ситуации.' },
      error: { title: 'Значения нет в списке', message: 'Выберите из списка: системный (реальный), потенциальный или ситуационный (пункт 4).' },
    },
  },
  riskLevels: {
    ky: {
      alert: 'stop',
      prompt: { title: 'Деңгээл (4-пункт)', message: 'Нөлдүк, төмөнкү, орточо же жогорку. 6-пункттагы зоналардагы тобокелдиктер адатта жогорку.' },
      error: { title: 'Маани тизмеде жок', message: 'Тизмеден тандаңыз: нөлдүк, төмөнкү, орточо же жогорку.' },
    },
    ru: {
      alert: 'stop',
      prompt: { title: 'Уровень (пункт 4)', message: 'Нулевой, низкий, средний или высокий. Риски в зонах пункта 6 обычно высокие.' },
      error: { title: 'Значения нет в списке', message: 'Выберите из списка: нулевой, низкий, средний или высокий.' },
    },
  },
  positionLevels: {
    ky: {
      alert: 'stop',
      prompt: { title: 'Деңгээл (2-тиркеме)', message: 'Жогорку, орточо же төмөнкү. 2-тиркемеде «нөлдүк» деңгээл жок.' },
      error: { title: 'Маани тизмеде жок', message: 'Тизмеден тандаңыз: жогорку, орточо же төмөнкү.' },
    },
    ru: {
      alert: 'stop',
      prompt: { title: 'Уровень (Приложение 2)', message: 'Высокий, средний или низкий. В Приложении 2 нулевого уровня нет.' },
      error: { title: 'Значения нет в списке', message: 'Выберите из списка: высокий, средний или низкий.' },
    },
  },
  functions: {
    ky: {
      alert: 'warning',
      prompt: { title: 'Функциянын түрү (5-пункт)', message: '5-пункттагы функциянын түрүн тандаңыз. Тизме толук эмес (6-пункт): башка аталышты да жазсаңыз болот.' },
      error: { title: 'Тизмеде жок функция', message: 'Бул аталыш 5-пункттагы функцияларга кирбейт. Ошону калтырасызбы?' },
    },
    ru: {
      alert: 'warning',
      prompt: { title: 'Вид функции (пункт 5)', message: 'Выберите вид функции из пункта 5. Перечень не исчерпывающий (пункт 6): можно ввести и другой заголовок.' },
      error: { title: 'Функции нет в списке', message: 'Такого вида функции нет в пункте 5. Оставить этот заголовок?' },
    },
  },
};

export function validationWording(key: ListKey, language: RegisterLanguage): Wording {
  return WORDING[key][language];
}
