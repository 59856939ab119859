/**
 * What the person who signs the registers asks: "what does our register say?" (the summary sheet) and
 * "what changed since last year?" (the comparison). The comparison's words come from the core's diff view.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { DiffView } from '../../checks/diff-view';
import type { UiLanguage } from '../../order281/text';
import { useLanguage } from '../i18n';
import { useWork } from '../hooks/work';
import { useActions } from '../services/actions-context';

export function SummaryPanel({ disabled }: { disabled: boolean }) {
  const { t, language } = useLanguage();
  const { busy, run } = useWork();
  const actions = useActions();
  const [written, setWritten] = useState<{ sheetName: string; replaced?: string }>();
  const [views, setViews] = useState<Record<UiLanguage, DiffView>>();
  const picker = useRef<HTMLInputElement>(null);

  const summary = async () => {
    const result = await run('summarizing', () => actions.summary(language));
    if (result) setWritten(result);
  };
  const compare = async (file: File | undefined) => {
    if (!file) return;
    const result = await run('comparing', () => actions.compareWithLastYear(file));
    if (result) setViews(result);
    // The same file picked again must fire again.
    if (picker.current) picker.current.value = '';
  };
  const view = views?.[language];

  return (
    <div aria-labelledby="for-head-title">
      <h3 id="for-head-title">{t('forHeadTitle')}</h3>
      <p>{t('summaryHint')}</p>
      <div className="tobokel-actions">
        <Button disabled={disabled || busy !== undefined} onClick={() => void summary()}>
          {t('summaryButton')}
        </Button>
        <Button disabled={disabled || busy !== undefined} onClick={() => picker.current?.click()}>
          {t('compareButton')}
        </Button>
        <input
          ref={picker}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t('compareButton')}
          data-testid="last-year-file"
          // Out of sight and out of the tab order: the button above opens it. (Not `hidden`: with it, every
          // role query over a long findings list in the pane's tests took three times as long.)
          className="tobokel-visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => void compare(event.currentTarget.files?.[0])}
        />
      </div>
      <p className="tobokel-action-status" role="status" aria-live="polite" data-testid="summary-status">
        {written && (
          <>
            {t('summaryWritten', { name: written.sheetName })}
            {written.replaced && <> {t('summaryReplaced')}</>}
          </>
        )}
      </p>
      <p>{t('compareHint')}</p>
      {view && <DiffResult view={view} />}
    </div>
  );
}

function DiffResult({ view }: { view: DiffView }) {
  return (
    <section aria-label={view.heading} data-testid="diff-result">
      <h4>{view.heading}</h4>
      {view.counts.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {view.tables.map((table) => (
        <details key={table.title} open>
          <summary>
            {table.title} ({table.rows.length})
          </summary>
          <ul>
            {table.rows.map((row, i) => (
              <li key={i}>{row.map((cell, c) => `${table.columns[c]}: ${cell}`).join(' · ')}</li>
            ))}
          </ul>
        </details>
      ))}
      {view.notes.map((note) => (
        <MessageBar key={note} intent="warning" layout="multiline">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
