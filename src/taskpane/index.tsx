/** Entry: find the host (Excel, the test hook, or a plain tab), then render the pane. */
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { resolveHost } from './host';
import { initialLanguage } from './language';
import { createExcelActions } from './services/excel-actions';
import { prefetchWiring } from './services/wiring';
import { themeFor } from './theme';
import { STRINGS } from './strings';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  // taskpane.html's inline script marks Internet Explorer; its plain message stays and nothing renders.
  if (!container || document.documentElement.classList.contains('tobokel-legacy')) return;
  const host = await resolveHost();
  const actions = createExcelActions(host);
  const theme = await themeFor(host.themeBackground);
  createRoot(container).render(
    <App actions={actions} initialLanguage={initialLanguage(host.displayLanguage)} theme={theme} />,
  );
  if (host.inExcel) prefetchWiring();
}

start().catch((error: unknown) => {
  // The last resort: a pane that failed to start says so, in every language since none was chosen yet.
  console.error('Tobokel could not start', error);
  const container = document.getElementById('root');
  if (container) {
    const { ky, ru, en } = STRINGS.startFailed;
    container.setAttribute('role', 'alert');
    container.textContent = `${ky} / ${ru} / ${en}`;
  }
});
