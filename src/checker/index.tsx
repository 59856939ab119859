/** Entry of the checker page: the language from the browser (or the remembered choice), then the page. */
import { createRoot } from 'react-dom/client';
import { initialLanguage } from '../taskpane/language';
import { STRINGS } from '../taskpane/strings';
import { CheckerApp } from './CheckerApp';

const container = document.getElementById('root');
try {
  if (container) createRoot(container).render(<CheckerApp initialLanguage={initialLanguage(navigator.language)} />);
} catch (error) {
  console.error('Tobokel could not start', error);
  if (container) {
    const { ky, ru, en } = STRINGS.startFailed;
    container.setAttribute('role', 'alert');
    container.textContent = `${ky} / ${ru} / ${en}`;
  }
}
