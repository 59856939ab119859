/** Several files together, from the command line's own consolidation: each body, then risks several name. */
import type { Consolidation } from '../cli/consolidate';
import { countsText } from '../cli/format/labels';
import { word } from '../cli/strings';
import { useLanguage } from '../taskpane/i18n';
import { usePageWords } from './use-page-words';

export function ConsolidationView({ consolidation }: { consolidation: Consolidation }) {
  const { t, language } = useLanguage();
  const w = usePageWords();
  return (
    <section aria-labelledby="together-title" className="tobokel-section" data-testid="consolidation">
      <h2 id="together-title">{w('consolidationTitle')}</h2>
      <ul className="tobokel-files">
        {consolidation.bodies.map((body) => (
          <li key={body.body} className="tobokel-file" data-state={body.ready ? 'ready' : 'not-ready'}>
            <span className="tobokel-file-name">{body.body}</span>
            <span className="tobokel-file-verdict">{t(body.ready ? 'ready' : 'notReady')}</span>
            <span className="tobokel-hint">{w('countsLine', { errors: body.errors, warnings: body.warnings, flags: body.flags })}</span>
            <span className="tobokel-hint">{w('bodyLine', { risks: body.risks, positions: body.positions })}</span>
            {/* The same breakdown, in the same words, as `tobokel check`'s consolidation. */}
            <dl className="tobokel-breakdown">
              {(
                [
                  ['byLevel', body.byLevel],
                  ['byCategory', body.byCategory],
                  ['byFunction', body.byFunctionType],
                ] as const
              ).map(([label, counts]) => (
                <div key={label}>
                  <dt>{word(label, language)}:</dt> <dd>{countsText(counts, language)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <h3>{w('sharedRisksTitle')}</h3>
      {consolidation.sharedRisks.length === 0 ? (
        <p>{w('sharedRisksNone')}</p>
      ) : (
        <ul className="tobokel-shared">
          {consolidation.sharedRisks.map((risk) => (
            <li key={risk.risk}>
              <span className="tobokel-message">{risk.risk}</span>
              <span className="tobokel-hint">{w('sharedRiskBodies', { bodies: risk.bodies.join(', ') })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
