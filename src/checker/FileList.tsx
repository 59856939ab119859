/** The files of a batch, each with its verdict and counts, and a button to show its report below. */
import { useLanguage } from '../taskpane/i18n';
import type { FileOutcome } from './protocol';
import { usePageWords } from './use-page-words';

/** The reader's reasons start with the file's name, which the line above already shows. */
function withoutFileName(message: string, file: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

export function FileList({ outcomes, shown, onShow }: { outcomes: (FileOutcome | undefined)[]; shown: number; onShow(index: number): void }) {
  const { t, l } = useLanguage();
  const w = usePageWords();
  const done = outcomes.filter(Boolean).length;
  return (
    <section aria-labelledby="files-title" className="tobokel-section">
      <h2 id="files-title">{w('filesTitle', { n: done })}</h2>
      <ul className="tobokel-files">
        {outcomes.map((outcome, index) => {
          if (!outcome) return null;
          const verdict = 'report' in outcome ? t(outcome.report.summary.ready ? 'ready' : 'notReady') : w('unreadableTitle');
          const state = 'report' in outcome ? (outcome.report.summary.ready ? 'ready' : 'not-ready') : 'unreadable';
          return (
            <li key={index} className="tobokel-file" data-state={state}>
              <span className="tobokel-file-name">{outcome.file}</span>
              <span className="tobokel-file-verdict">{verdict}</span>
              <span className="tobokel-hint">
                {'report' in outcome
                  ? w('countsLine', { errors: outcome.report.summary.errors, warnings: outcome.report.summary.warnings, flags: outcome.report.summary.flags })
                  : withoutFileName(l(outcome.unreadable.messages), outcome.file)}
              </span>
              <button type="button" className="tobokel-button" aria-pressed={shown === index} onClick={() => onShow(index)}>
                {w('showReport')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
