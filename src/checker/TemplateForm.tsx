/** Blank forms from the page: the same workbooks `tobokel template` writes (the sheet plans, through src/xlsx). */
import { useState } from 'react';
import type { RegisterLanguage } from '../order281/text';
import type { RegisterKind } from '../registers/kinds';
import { useLanguage } from '../taskpane/i18n';
import type { Engine } from './client';
import { saveFile } from './files';
import { usePageWords } from './use-page-words';

type Appendix = '1' | '2' | 'both';

const KINDS: Record<Appendix, RegisterKind[]> = { '1': ['risks'], '2': ['positions'], both: ['risks', 'positions'] };

/** The command line's names for the workbooks it builds (scripts/build-templates.ts): appendix-1-ky.xlsx. */
function formFileName(appendix: Appendix, language: RegisterLanguage, withSample: boolean): string {
  return `appendix-${appendix === 'both' ? '1-2' : appendix}-${language}${withSample ? '-sample' : ''}.xlsx`;
}

export function TemplateForm({ engine }: { engine: Engine | undefined }) {
  const { t, l } = useLanguage();
  const w = usePageWords();
  const [appendix, setAppendix] = useState<Appendix>('1');
  const [language, setLanguage] = useState<RegisterLanguage>('ky');
  const [withSample, setWithSample] = useState(false);
  const [status, setStatus] = useState<{ busy: boolean; text?: string }>({ busy: false });
  const download = async () => {
    if (!engine) return;
    setStatus({ busy: true, text: w('preparingForm') });
    const answer = await engine.request({ type: 'template', kinds: KINDS[appendix], language, withSample, year: new Date().getFullYear() });
    if (answer.type === 'bytes') {
      const name = formFileName(appendix, language, withSample);
      saveFile(answer.bytes, name);
      setStatus({ busy: false, text: w('copySaved', { name }) });
    } else if (answer.type === 'failed') setStatus({ busy: false, text: w('failed', { detail: l(answer.messages) }) });
  };
  const appendices: { value: Appendix; label: string }[] = [
    { value: '1', label: t('appendix1') },
    { value: '2', label: t('appendix2') },
    { value: 'both', label: w('appendixBoth') },
  ];
  return (
    <section aria-labelledby="forms-title" className="tobokel-section">
      <h2 id="forms-title">{w('templatesTitle')}</h2>
      <p>{w('templatesIntro')}</p>
      <fieldset className="tobokel-fieldset">
        <legend>{t('registerLabel')}</legend>
        {appendices.map((option) => (
          <label key={option.value} className="tobokel-choice">
            <input type="radio" name="appendix" value={option.value} checked={appendix === option.value} onChange={() => setAppendix(option.value)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="tobokel-fieldset">
        <legend>{t('formLanguageLabel')}</legend>
        {(['ky', 'ru'] as const).map((code) => (
          <label key={code} className="tobokel-choice">
            <input type="radio" name="form-language" value={code} checked={language === code} onChange={() => setLanguage(code)} />
            {t(code === 'ky' ? 'languageKy' : 'languageRu')}
          </label>
        ))}
      </fieldset>
      <label className="tobokel-choice">
        <input type="checkbox" checked={withSample} onChange={(event) => setWithSample(event.target.checked)} />
        {t('withSample')}
      </label>
      <div>
        <button type="button" className="tobokel-button tobokel-button-primary" disabled={!engine || status.busy} onClick={() => void download()}>
          {w('downloadForm')}
        </button>
      </div>
      <p role="status" className="tobokel-action-status" data-testid="form-status">
        {status.text}
      </p>
    </section>
  );
}
