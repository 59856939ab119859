/**
 * Switches the interface language; the choice is remembered (see language.ts). A native select styled
 * with Fluent's CSS variables: it is in the first load, where Fluent's Select would cost 13 KiB.
 */
import { UI_LANGUAGES, type UiLanguage } from '../../order281/text';
import { useLanguage } from '../i18n';
import { STRINGS, type StringKey } from '../strings';

const NAME: Record<UiLanguage, StringKey> = { ky: 'languageKy', ru: 'languageRu', en: 'languageEn' };

export function LanguageSwitcher() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <label className="tobokel-language">
      <span>{t('languageLabel')}</span>
      <select className="tobokel-select" value={language} onChange={(event) => setLanguage(event.target.value as UiLanguage)}>
        {/* Each language names itself, so someone lost in a foreign interface can still find theirs. */}
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {STRINGS[NAME[code]][code]}
          </option>
        ))}
      </select>
    </label>
  );
}
