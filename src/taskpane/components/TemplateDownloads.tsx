/**
 * Links to the prebuilt template workbooks (dist/templates/*.xlsx, written by scripts/build-templates.ts
 * from the same sheet plans the add-in inserts), for Excel that cannot insert them itself.
 */
import { Link } from '@fluentui/react-components';
import { useLanguage } from '../i18n';

const FILES = [
  { appendix: 1, language: 'ky' },
  { appendix: 2, language: 'ky' },
  { appendix: 1, language: 'ru' },
  { appendix: 2, language: 'ru' },
] as const;

export function templateHref(appendix: 1 | 2, language: 'ky' | 'ru'): string {
  return `templates/appendix-${appendix}-${language}.xlsx`;
}

export function TemplateDownloads() {
  const { t } = useLanguage();
  return (
    <nav aria-label={t('downloadTemplates')}>
      <p className="tobokel-downloads-title">{t('downloadTemplates')}:</p>
      <ul className="tobokel-downloads">
        {FILES.map(({ appendix, language }) => (
          <li key={`${appendix}-${language}`}>
            <Link href={templateHref(appendix, language)} download>
              {t('downloadAppendix', {
                appendix: t(appendix === 1 ? 'appendix1Short' : 'appendix2Short'),
                language: t(language === 'ky' ? 'languageKy' : 'languageRu'),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
