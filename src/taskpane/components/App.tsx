/**
 * The pane: header with the language switch, what this Excel cannot do, progress and problems, and three
 * tabs. Each tab's section is its own lazy chunk (only that feature needs it), which keeps the first load
 * to React, Fluent's provider and this shell.
 */
import { lazy, Suspense, useState } from 'react';
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import type { CheckState } from './CheckSection';
import type { UiLanguage } from '../../order281/text';
import { LanguageProvider, useLanguage } from '../i18n';
import { WorkProvider } from '../hooks/work';
import { ActionsProvider, useActions } from '../services/actions-context';
import type { ExcelActions, PaneCapabilities } from '../services/excel-actions';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Tabs, tabId } from './Tabs';
import { WorkStatus } from './WorkStatus';
import { ErrorBoundary } from './ErrorBoundary';

const TemplatesSection = lazy(() => import(/* webpackChunkName: "templates" */ './TemplatesSection').then((m) => ({ default: m.TemplatesSection })));
const CheckSection = lazy(() => import(/* webpackChunkName: "check" */ './CheckSection').then((m) => ({ default: m.CheckSection })));
const FlagsSection = lazy(() => import(/* webpackChunkName: "flags" */ './FlagsSection').then((m) => ({ default: m.FlagsSection })));
const CapabilityNotice = lazy(() => import(/* webpackChunkName: "capability" */ './CapabilityNotice').then((m) => ({ default: m.CapabilityNotice })));

type TabId = 'templates' | 'check' | 'flags';

/** Anything this Excel lacks that a person should hear about (the notice is only loaded then). */
function lacksSomething(c: PaneCapabilities): boolean {
  return !c.inExcel || !c.basic || !c.dropdowns;
}

function Pane() {
  const { t, language } = useLanguage();
  const actions = useActions();
  const [tab, setTab] = useState<TabId>('templates');
  // Shared by Check and Positions, and kept while either tab is away.
  const [check, setCheck] = useState<CheckState>({ report: undefined, cleared: undefined });
  // Plain text, not a Spinner: the fallback is part of the first load.
  const loading = <p role="status">{t('loading')}</p>;

  return (
    <div className="tobokel-pane" lang={language}>
      <header className="tobokel-header">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="tobokel-hint">{t('appSubtitle')}</p>
        </div>
        <LanguageSwitcher />
      </header>
      {lacksSomething(actions.capabilities) && (
        <Suspense fallback={null}>
          <CapabilityNotice capabilities={actions.capabilities} />
        </Suspense>
      )}
      <WorkStatus />
      <Tabs<TabId>
        items={[
          { value: 'templates', label: t('tabTemplates') },
          { value: 'check', label: t('tabCheck') },
          { value: 'flags', label: t('tabFlags') },
        ]}
        selected={tab}
        onSelect={setTab}
        label={t('sectionsLabel')}
        panelId="panel"
      />
      <div id="panel" role="tabpanel" aria-labelledby={tabId(tab)} tabIndex={0} className="tobokel-panel">
        {/* Keyed by tab, so a section that failed is retried when the user comes back to it. */}
        <ErrorBoundary key={tab} language={language}>
          <Suspense fallback={loading}>
            {tab === 'templates' && <TemplatesSection />}
            {tab === 'check' && <CheckSection state={check} onChange={setCheck} />}
            {tab === 'flags' && <FlagsSection report={check.report} />}
          </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}

export interface AppProps {
  actions: ExcelActions;
  initialLanguage: UiLanguage;
  theme?: Theme;
}

export function App({ actions, initialLanguage, theme = webLightTheme }: AppProps) {
  return (
    <FluentProvider theme={theme}>
      <LanguageProvider initial={initialLanguage}>
        <ActionsProvider actions={actions}>
          <WorkProvider>
            <Pane />
          </WorkProvider>
        </ActionsProvider>
      </LanguageProvider>
    </FluentProvider>
  );
}
