/** The page's own words in the current language (the pane's `t` covers the words the two share). */
import { useLanguage } from '../taskpane/i18n';
import { PAGE_STRINGS, type PageStringKey } from './strings';

export function usePageWords(): (key: PageStringKey, values?: Record<string, string | number>) => string {
  const { l } = useLanguage();
  return (key, values) => l(PAGE_STRINGS[key], values);
}
