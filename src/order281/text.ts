/** The languages a register is kept in. */
export type RegisterLanguage = 'ky' | 'ru';
/** The languages the interface speaks. */
export type UiLanguage = 'ky' | 'ru' | 'en';

/** A piece of user-visible text in every interface language. */
export interface Localized {
  ky: string;
  ru: string;
  en: string;
}

export const UI_LANGUAGES: readonly UiLanguage[] = ['ky', 'ru', 'en'];
