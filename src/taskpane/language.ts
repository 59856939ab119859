/** Which interface language to speak, and remembering the user's choice across sessions. */
import type { UiLanguage } from '../order281/text';

export const LANGUAGE_STORAGE_KEY = 'tobokel.language';

/** Office's display language to ours: Kyrgyz → ky, Russian → ru, anything else → English. */
export function languageFromDisplay(displayLanguage: string | undefined): UiLanguage {
  const tag = (displayLanguage ?? '').toLowerCase();
  if (tag.startsWith('ky')) return 'ky';
  if (tag.startsWith('ru')) return 'ru';
  return 'en';
}

function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'ky' || value === 'ru' || value === 'en';
}

/** localStorage can throw (storage disabled, some Office webviews); the pane works without memory then. */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function rememberedLanguage(): UiLanguage | undefined {
  try {
    const value = storage()?.getItem(LANGUAGE_STORAGE_KEY);
    return isUiLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLanguage(language: UiLanguage): void {
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered this time; nothing the user needs to hear about.
  }
}

export function initialLanguage(displayLanguage: string | undefined): UiLanguage {
  return rememberedLanguage() ?? languageFromDisplay(displayLanguage);
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
