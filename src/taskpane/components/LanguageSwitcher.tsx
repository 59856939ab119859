/**
 * Switches the interface language; the choice is remembered (see language.ts). A native select styled
 * with Fluent's CSS variables: it is in the first load, where Fluent's Select would cost 13 KiB.
 */
import type { UiLanguage } from '../../order281/text';
import { useLanguage } from '../i18n';

export function LanguageSwitcher() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <label className="tobokel-language">
      <span>{t('languageLabel')}</span>
      <select className="tobokel-select" value={language} onChange={(event) => setLanguage(event.target.value as UiLanguage)}>
        {/* Each language names itself, so someone lost in a foreign interface can still find theirs. */}
        <option value="ky" lang="ky">
          Кыргызча
        </option>
        <option value="ru" lang="ru">
          Русский
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
