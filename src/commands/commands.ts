/**
 * Ribbon commands (manifest: ExecuteFunction insertAppendix1, insertAppendix2, checkRegisters). They do
 * the same work as the pane through the same service, with the defaults a person would pick: the form's
 * own headings, five empty rows each, no sample rows, in the register language that goes with Office's
 * display language. The pane shows the details of a check; the command only has to finish cleanly.
 */
import type { RegisterLanguage } from '../order281/text';
import type { RegisterKind } from '../registers/kinds';
import { defaultFormOptions, formLanguageFor } from '../taskpane/form-defaults';
import { officeHost } from '../taskpane/host';
import { languageFromDisplay } from '../taskpane/language';
import { createExcelActions, type ExcelActions } from '../taskpane/services/excel-actions';

/** Russian Office keeps Russian registers; everyone else gets the Order's own Kyrgyz. */
export function registerLanguageFor(displayLanguage: string | undefined): RegisterLanguage {
  return formLanguageFor(languageFromDisplay(displayLanguage));
}

type CommandEvent = { completed(options?: unknown): void };
type Handler = (event: CommandEvent) => Promise<void>;

/** Every handler completes its event, failure or not: a command that never completes hangs the ribbon. */
function command(work: () => Promise<unknown>): Handler {
  return async (event) => {
    try {
      await work();
    } catch (error) {
      console.error('Tobokel command failed', error);
    } finally {
      event.completed();
    }
  };
}

export function makeHandlers(actions: ExcelActions, displayLanguage: string | undefined): Record<string, Handler> {
  const insert = (kind: RegisterKind) => () => actions.insertTemplate(defaultFormOptions(kind, registerLanguageFor(displayLanguage)));
  return {
    insertAppendix1: command(insert('risks')),
    insertAppendix2: command(insert('positions')),
    checkRegisters: command(() => actions.check()),
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
  void Office.onReady((info) => {
    const host = officeHost(info);
    register(makeHandlers(createExcelActions(host), host.displayLanguage));
  });
}
