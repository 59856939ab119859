/** The interface language as React context: the chosen language, a setter that remembers it, and `t`. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Localized, UiLanguage } from '../order281/text';
import { format, rememberLanguage } from './language';
import { STRINGS, type StringKey } from './strings';

export interface LanguageState {
  language: UiLanguage;
  setLanguage(language: UiLanguage): void;
  /** A pane string in the current language, with `{name}` placeholders filled. */
  t(key: StringKey, values?: Record<string, string | number>): string;
  /** Any localised text (finding messages, skipped features) in the current language. */
  l(text: Localized, values?: Record<string, string | number>): string;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

export function LanguageProvider({ initial, children }: { initial: UiLanguage; children: ReactNode }) {
  const [language, setState] = useState<UiLanguage>(initial);
  const setLanguage = useCallback((next: UiLanguage) => {
    rememberLanguage(next);
    setState(next);
  }, []);
  const value = useMemo<LanguageState>(
    () => ({
      language,
      setLanguage,
      t: (key, values) => format(STRINGS[key][language], values),
      l: (text, values) => format(text[language] || text.en, values),
    }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}
