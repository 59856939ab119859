/**
 * The checker page: pick or drop workbooks, see the pane's report for each (verdict first), the files
 * together, a checked copy to download, and blank forms. The first load is this shell on native controls;
 * the report (Fluent's components, shared with the pane) is a lazy chunk, and the reader lives in the
 * engine (client.ts), started once the page is up.
 */
import { lazy, Suspense, useEffect, useRef, useState, type DragEvent } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Localized, UiLanguage } from '../order281/text';
import { LanguageProvider, useLanguage } from '../taskpane/i18n';
import { LanguageSwitcher } from '../taskpane/components/LanguageSwitcher';
import type { Consolidation } from '../cli/consolidate';
import { startEngine, type Engine, type EngineMode } from './client';
import type { FileOutcome, Stage } from './protocol';
import { TemplateForm } from './TemplateForm';
import { FileList } from './FileList';
import { usePageWords } from './use-page-words';

const FileReport = lazy(() => import(/* webpackChunkName: "checker-report" */ './FileReport').then((m) => ({ default: m.FileReport })));
const ConsolidationView = lazy(() => import(/* webpackChunkName: "checker-report" */ './ConsolidationView').then((m) => ({ default: m.ConsolidationView })));

/**
 * Everything a check can show, fetched as soon as the checker is ready rather than when first needed: after
 * that the page makes no request at all, whatever the person does (the Order's words included).
 */
async function prefetchReport(): Promise<void> {
  await Promise.all([
    import(/* webpackChunkName: "checker-report" */ './FileReport'),
    import(/* webpackChunkName: "checker-report" */ './ConsolidationView'),
    import(/* webpackChunkName: "order-words" */ '../taskpane/components/OrderWords'),
    import(/* webpackChunkName: "order-text" */ '../order281/order-text'),
  ]);
}

type EngineState = { state: 'loading' } | { state: 'ready'; engine: Engine } | { state: 'forbidden' };

interface Batch {
  /** Counts batches, so a new one's reports start afresh (filters, download notes) even for the same file. */
  serial: number;
  outcomes: FileOutcome[];
  consolidation?: Consolidation;
  progress?: { index: number; total: number; file: string; stage: Stage };
  done: boolean;
  /** Why the batch stopped short (the engine failed under it), in every language. */
  problem?: Localized;
}

function EngineStatus({ engine }: { engine: EngineState }) {
  const w = usePageWords();
  const mode: EngineMode | undefined = engine.state === 'ready' ? engine.engine.mode : undefined;
  return (
    <div className="tobokel-privacy" data-testid="privacy">
      <p>
        <strong>{w('privacyTitle')}.</strong> {w('privacy')}
      </p>
      <p role="status" data-testid="engine-status" data-state={engine.state === 'ready' ? `ready-${mode}` : engine.state}>
        {engine.state === 'loading' && w('engineLoading')}
        {engine.state === 'ready' && w('engineReady')}
        {engine.state === 'forbidden' && <span className="tobokel-problem">{w('engineForbidden')}</span>}
      </p>
      {mode === 'page' && <p className="tobokel-hint">{w('engineInPage')}</p>}
    </div>
  );
}

function Page() {
  const w = usePageWords();
  const { language, l } = useLanguage();
  const [engine, setEngine] = useState<EngineState>({ state: 'loading' });
  const [batch, setBatch] = useState<Batch | undefined>(undefined);
  const [shown, setShown] = useState(0);
  /** Whether the shown report was asked for from the list (then it takes the focus), not shown by default. */
  const [asked, setAsked] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // The tab's title and the document's language follow the interface language too.
  const title = w('pageTitle');
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = language;
  }, [title, language]);

  useEffect(() => {
    let live = true;
    void startEngine().then(async (started) => {
      // A chunk that failed now is retried when needed; the engine is what decides whether the page works.
      if (started) await prefetchReport().catch(() => undefined);
      if (live) setEngine(started ? { state: 'ready', engine: started } : { state: 'forbidden' });
    });
    return () => {
      live = false;
    };
  }, []);

  const busy = batch !== undefined && !batch.done;
  const check = async (list: FileList | File[]) => {
    const files = [...list];
    if (engine.state !== 'ready' || files.length === 0 || busy) return;
    setShown(0);
    setAsked(false);
    const serial = (batch?.serial ?? 0) + 1;
    setBatch({ serial, outcomes: [], done: false });
    const outcomes: FileOutcome[] = [];
    const answer = await engine.engine.request({ type: 'check', files, today: new Date().toISOString() }, (message) => {
      if (message.type === 'progress') setBatch((b) => b && { ...b, progress: message });
      if (message.type === 'file') {
        outcomes[message.index] = message.outcome;
        setBatch((b) => b && { ...b, outcomes: [...outcomes] });
      }
      if (message.type === 'checked') setBatch({ serial, outcomes: [...outcomes], consolidation: message.consolidation, done: true });
    });
    if (answer.type === 'failed') setBatch({ serial, outcomes: [...outcomes], done: true, problem: answer.messages });
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void check(event.dataTransfer.files);
  };

  const ready = engine.state === 'ready';
  const progress = batch?.progress;
  const current = batch?.outcomes[shown];
  return (
    <div className="tobokel-pane tobokel-page" lang={language}>
      <header className="tobokel-header">
        <div>
          <h1>{w('pageTitle')}</h1>
          <p className="tobokel-hint">{w('pageSubtitle')}</p>
        </div>
        <LanguageSwitcher />
      </header>
      <EngineStatus engine={engine} />
      <main className="tobokel-page-main">
        <section aria-labelledby="check-files-title" className="tobokel-section">
          <h2 id="check-files-title">{w('checkTitle')}</h2>
          <div
            className={`tobokel-drop${dragging ? ' tobokel-drop-active' : ''}`}
            data-testid="drop-zone"
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={drop}
          >
            <input
              ref={input}
              id="files"
              type="file"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="tobokel-visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              onChange={(event) => {
                if (event.target.files) void check(event.target.files);
                event.target.value = '';
              }}
            />
            <button type="button" className="tobokel-button tobokel-button-primary" disabled={!ready || busy} onClick={() => input.current?.click()}>
              {w('chooseFiles')}
            </button>
            <p className="tobokel-hint">{w('dropHint')}</p>
          </div>
          {batch?.problem && (
            <p role="alert" className="tobokel-problem" data-testid="batch-problem">
              {l(batch.problem)}
            </p>
          )}
          <div role="status" aria-live="polite" className="tobokel-progress-line">
            {busy && progress && (
              <>
                <span>{w(progress.stage === 'reading' ? 'progressReading' : 'progressChecking', { file: progress.file, n: progress.index + 1, total: progress.total })}</span>
                <progress aria-label={w('progressLabel')} max={progress.total * 2} value={progress.index * 2 + (progress.stage === 'checking' ? 1 : 0)} />
              </>
            )}
          </div>
        </section>
        {batch && batch.outcomes.length > 0 && ready && (
          <Suspense fallback={<p role="status">{w('engineLoading')}</p>}>
            {batch.outcomes.length > 1 || batch.done === false ? (
              <FileList
                outcomes={batch.outcomes}
                shown={shown}
                onShow={(index) => {
                  setShown(index);
                  setAsked(true);
                }}
              />
            ) : null}
            {batch.done && batch.consolidation && <ConsolidationView consolidation={batch.consolidation} />}
            {current && <FileReport key={`${batch.serial}-${shown}`} outcome={current} engine={engine.engine} focus={asked} />}
          </Suspense>
        )}
        <TemplateForm engine={ready ? engine.engine : undefined} />
        <p className="tobokel-hint">{w('addinNote')}</p>
      </main>
    </div>
  );
}

export function CheckerApp({ initialLanguage }: { initialLanguage: UiLanguage }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider initial={initialLanguage}>
        <Page />
      </LanguageProvider>
    </FluentProvider>
  );
}
