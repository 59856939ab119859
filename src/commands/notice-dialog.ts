/**
 * Shows a ribbon command's notice in a small Office dialog (DialogApi 1.1, which Excel 2016 has). The
 * dialog is the ribbon's own function file, `commands.html`, opened with the notice in its address:
 * no page of its own to build or serve. Outside a dialog-capable Office the notice goes to the console.
 */
import type { Notice } from './notices';

const PARAMETER = 'notice';

/** Opens the dialog and resolves when the person closes it (or it cannot be shown). */
export function showNotice(notice: Notice): Promise<void> {
  const ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined;
  if (!ui?.displayDialogAsync) {
    console.info(`${notice.title}: ${notice.body}`);
    return Promise.resolve();
  }
  const url = new URL(location.href);
  url.search = new URLSearchParams({ [PARAMETER]: JSON.stringify(notice) }).toString();
  return new Promise((resolve) => {
    ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.info(`${notice.title}: ${notice.body}`);
        resolve();
        return;
      }
      const dialog = result.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** The notice this page was opened to show, if it was opened as the notice dialog. */
export function requestedNotice(search: string): Notice | undefined {
  const raw = new URLSearchParams(search).get(PARAMETER);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<Notice>;
    return typeof parsed.title === 'string' && typeof parsed.body === 'string' ? (parsed as Notice) : undefined;
  } catch {
    return undefined;
  }
}

/** Draws the notice in plain DOM (the dialog must open fast, and old Office's browser has no React). */
export function renderNotice(doc: Document, notice: Notice, close: () => void): void {
  doc.title = notice.title;
  const body = doc.body;
  body.style.cssText = 'font-family: "Segoe UI", system-ui, sans-serif; font-size: 14px; margin: 16px; line-height: 1.4';
  const title = doc.createElement('h1');
  title.style.cssText = 'font-size: 18px; margin: 0 0 8px';
  title.textContent = notice.title;
  const text = doc.createElement('p');
  text.textContent = notice.body;
  body.append(title, text);
  if (notice.detail) {
    const detail = doc.createElement('p');
    detail.style.cssText = 'font-size: 12px; color: #605e5c';
    detail.textContent = notice.detail;
    body.append(detail);
  }
  const button = doc.createElement('button');
  button.textContent = 'OK';
  button.addEventListener('click', close);
  body.append(button);
  button.focus();
}
