/** Templates: choose the register and its options, then insert the form on a new sheet. */
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  SpinButton,
} from '@fluentui/react-components';
import { FORM_HEADINGS, FUNCTION_TYPES, functionTypeById } from '../../order281/function-types';
import type { RegisterLanguage } from '../../order281/text';
import type { RegisterKind } from '../../registers/kinds';
import { defaultFormOptions, formLanguageFor } from '../form-defaults';
import { useLanguage } from '../i18n';
import { SkippedList } from './skipped';
import { useWork } from '../hooks/work';
import { useActions } from '../services/actions-context';
import { MAX_ROWS_PER_HEADING } from '../../registers/template-options';
import type { InsertResult } from '../services/excel-actions';

/** The form's own headings first, in its order, then the other p.5 types. */
const HEADING_TYPES = [...FORM_HEADINGS.map((id) => functionTypeById(id)!), ...FUNCTION_TYPES.filter((f) => !FORM_HEADINGS.includes(f.id))];
const HEADING_ORDER = HEADING_TYPES.map((f) => f.id);

const MIN_ROWS = 1;

export function TemplatesSection() {
  const { t, l, language } = useLanguage();
  const { busy, run } = useWork();
  const actions = useActions();
  const [initial] = useState(() => defaultFormOptions('risks', formLanguageFor(language)));
  const [kind, setKind] = useState<RegisterKind>(initial.kind);
  const [formLanguage, setFormLanguage] = useState<RegisterLanguage>(initial.language);
  const [withSample, setWithSample] = useState(initial.withSample);
  const [rows, setRows] = useState(initial.rowsPerHeading);
  const [headings, setHeadings] = useState<string[]>(initial.headings);
  const [result, setResult] = useState<InsertResult | undefined>(undefined);

  const canAct = actions.capabilities.inExcel && actions.capabilities.basic;
  const noHeadings = kind === 'risks' && headings.length === 0;

  const toggleHeading = (id: string, checked: boolean) =>
    setHeadings((current) =>
      // Headings keep the form's order whatever order they are ticked in.
      HEADING_ORDER.filter((fid) => (fid === id ? checked : current.includes(fid))),
    );

  const insert = async () => {
    setResult(undefined);
    const inserted = await run('inserting', () =>
      actions.insertTemplate({ kind, language: formLanguage, withSample, rowsPerHeading: rows, headings }),
    );
    if (inserted) setResult(inserted);
  };

  return (
    <section aria-labelledby="templates-title" className="tobokel-section">
      <h2 id="templates-title" className="tobokel-visually-hidden">
        {t('tabTemplates')}
      </h2>
      <p>{t('templatesIntro')}</p>
      <Field label={t('registerLabel')}>
        <RadioGroup value={kind} onChange={(_, data) => setKind(data.value as RegisterKind)}>
          <Radio value="risks" label={t('appendix1')} />
          <Radio value="positions" label={t('appendix2')} />
        </RadioGroup>
      </Field>
      <Field label={t('formLanguageLabel')}>
        <RadioGroup layout="horizontal" value={formLanguage} onChange={(_, data) => setFormLanguage(data.value as RegisterLanguage)}>
          <Radio value="ky" label={t('languageKy')} />
          <Radio value="ru" label={t('languageRu')} />
        </RadioGroup>
      </Field>
      <Field hint={t('withSampleHint')}>
        <Checkbox checked={withSample} onChange={(_, data) => setWithSample(data.checked === true)} label={t('withSample')} />
      </Field>
      <Field label={t(kind === 'risks' ? 'rowsPerHeading' : 'rowsInTable')}>
        <SpinButton
          value={rows}
          min={MIN_ROWS}
          max={MAX_ROWS_PER_HEADING}
          onChange={(_, data) => {
            const typed = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
            if (Number.isFinite(typed)) setRows(Math.min(MAX_ROWS_PER_HEADING, Math.max(MIN_ROWS, Math.round(typed as number))));
          }}
        />
      </Field>
      {kind === 'risks' && (
        <fieldset className="tobokel-fieldset">
          <legend>{t('headingsLabel')}</legend>
          <p className="tobokel-hint">{t('headingsHint')}</p>
          {HEADING_TYPES.map((type) => (
            <Checkbox
              key={type.id}
              checked={headings.includes(type.id)}
              onChange={(_, data) => toggleHeading(type.id, data.checked === true)}
              label={type.heading[formLanguage]}
              title={l(type.label)}
            />
          ))}
          {noHeadings && <p role="alert">{t('headingsNone')}</p>}
        </fieldset>
      )}
      <Button appearance="primary" disabled={!canAct || busy !== undefined || noHeadings} onClick={() => void insert()}>
        {t('insertForm')}
      </Button>
      {result && (
        <MessageBar intent={result.skipped.length ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            {t('inserted', { sheet: result.sheetName })}
            {result.skipped.length > 0 && (
              <>
                {' '}
                {t('skippedTitle')}
                <SkippedList skipped={result.skipped} />
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
