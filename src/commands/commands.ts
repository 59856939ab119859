/**
 * Ribbon commands (manifest: ExecuteFunction insertAppendix1, insertAppendix2, checkRegisters). They do
 * the same work as the pane through the same service, with the defaults a person would pick: the form's
 * own headings, five empty rows each, no sample rows, in the register language that goes with Office's
 * display language. A check ends with its verdict in a small dialog, and any refusal with what happened
 * and what to do: never silence. The pane shows the details.
 */
import type { RegisterLanguage } from '../order281/text';
import type { RegisterKind } from '../registers/kinds';
import { defaultFormOptions, formLanguageFor } from '../taskpane/form-defaults';
import { officeHost } from '../taskpane/host';
import { languageFromDisplay } from '../taskpane/language';
import { createExcelActions, type ExcelActions } from '../taskpane/services/excel-actions';
import { renderNotice, requestedNotice, showNotice } from './notice-dialog';
import { type Notice, problemNotice, verdictNotice } from './notices';

/** Russian Office keeps Russian registers; everyone else gets the Order's own Kyrgyz. */
export function registerLanguageFor(displayLanguage: string | undefined): RegisterLanguage {
  return formLanguageFor(languageFromDisplay(displayLanguage));
}

type CommandEvent = { completed(options?: unknown): void };
type Handler = (event: CommandEvent) => Promise<void>;

export function makeHandlers(actions: ExcelActions, displayLanguage: string | undefined, notify: (notice: Notice) => Promise<void> = showNotice): Record<string, Handler> {
  const language = languageFromDisplay(displayLanguage);
  /** Every handler completes its event, failure or not: a command that never completes hangs the ribbon. */
  const command =
    (work: () => Promise<Notice | undefined>): Handler =>
    async (event) => {
      try {
        const notice = await work();
        if (notice) await notify(notice);
      } catch (error) {
        console.error('Tobokel command failed', error);
        await notify(problemNotice(error, language)).catch(() => undefined);
      } finally {
        event.completed();
      }
    };
  // A new form shows itself (it becomes the active sheet); only a refusal needs words.
  const insert = (kind: RegisterKind) => async () => {
    await actions.insertTemplate(defaultFormOptions(kind, registerLanguageFor(displayLanguage)));
    return undefined;
  };
  return {
    insertAppendix1: command(insert('risks')),
    insertAppendix2: command(insert('positions')),
    checkRegisters: command(async () => verdictNotice(await actions.check(), language)),
  };
}

function register(handlers: Record<string, Handler>): void {
  for (const [name, handler] of Object.entries(handlers)) {
    // Office.actions.associate is the current way; the global is what older hosts look up by name.
    if (typeof Office !== 'undefined' && Office.actions?.associate) Office.actions.associate(name, handler);
    (globalThis as Record<string, unknown>)[name] = handler;
  }
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  const notice = typeof location !== 'undefined' ? requestedNotice(location.search) : undefined;
  void Office.onReady((info) => {
    // Opened as the notice dialog (notice-dialog.ts): show it, and let OK close it.
    if (notice) renderNotice(document, notice, () => Office.context.ui.messageParent('close'));
    else {
      const host = officeHost(info);
      register(makeHandlers(createExcelActions(host), host.displayLanguage));
    }
  });
}
