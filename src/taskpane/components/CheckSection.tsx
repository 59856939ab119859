/** Check: run it, see the verdict and the findings, go to a cell, clear the marks. */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Finding, Report } from '../../checks/report';
import { useLanguage } from '../i18n';
import { SkippedList } from './skipped';
import { useWork } from '../hooks/work';
import { useActions } from '../services/actions-context';
import { FindingsList } from './FindingsList';
import { SummaryPanel } from './SummaryPanel';
import { Verdict } from './Verdict';

function ClearedStatus({ cleared, findingsShown }: { cleared: number; findingsShown: boolean }) {
  const { t } = useLanguage();
  if (cleared === 0) return <>{t('clearedNone')}</>;
  return (
    <>
      {t('cleared', { n: cleared })}
      {findingsShown && <> {t('clearedFindingsKept')}</>}
    </>
  );
}

export interface CheckState {
  report: Report | undefined;
  /** Marks removed by the last "Clear marks" since the last check; undefined when the marks are as checked. */
  cleared: number | undefined;
}

/** The state lives in the pane, not here: the section unmounts on another tab, and both must survive that. */
export function CheckSection({ state, onChange }: { state: CheckState; onChange(state: CheckState): void }) {
  const { t } = useLanguage();
  const { busy, run } = useWork();
  const actions = useActions();
  const { report, cleared } = state;
  const canAct = actions.capabilities.inExcel && actions.capabilities.basic;

  const check = async () => {
    // When Excel read and judged the workbook but refused the marks (a protected sheet), the adapter's
    // error carries the report: the problem is shown, and so are the findings.
    let judged: Report | undefined;
    const result = await run('checking', () =>
      actions.check().catch((error: unknown) => {
        judged = (error as { report?: Report } | null)?.report;
        throw error;
      }),
    );
    const shown = result ?? judged;
    if (shown) onChange({ report: shown, cleared: undefined });
  };
  const clear = async () => {
    const result = await run('clearing', () => actions.clearMarks());
    if (result) onChange({ report, cleared: result.cleared });
  };
  const select = (finding: Finding) => void run('working', () => actions.selectCell(finding.sheet, finding.range ?? finding.cell));

  return (
    <section aria-labelledby="check-title" className="tobokel-section">
      <h2 id="check-title" className="tobokel-visually-hidden">
        {t('tabCheck')}
      </h2>
      <p>{t('checkIntro')}</p>
      <div>
        <div className="tobokel-actions">
          <Button appearance="primary" disabled={!canAct || busy !== undefined} onClick={() => void check()}>
            {t('runCheck')}
          </Button>
          <Button disabled={!canAct || busy !== undefined} onClick={() => void clear()}>
            {t('clearMarks')}
          </Button>
        </div>
        {/* A quiet line by the button that did it, not a banner above the verdict: clearing changes the
            sheet's colours, not the data, so the verdict and findings stay — and the line says the sheet
            no longer shows them. */}
        <p className="tobokel-action-status" role="status" aria-live="polite" data-testid="clear-status">
          {cleared !== undefined && <ClearedStatus cleared={cleared} findingsShown={Boolean(report && report.findings.length > 0)} />}
        </p>
      </div>
      {report && (
        <>
          <Verdict report={report} />
          {report.skipped && report.skipped.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {t('skippedTitle')}
                <SkippedList skipped={report.skipped} />
              </MessageBarBody>
            </MessageBar>
          )}
          <FindingsList report={report} onSelect={select} disabled={busy !== undefined} />
        </>
      )}
      <SummaryPanel disabled={!canAct} />
    </section>
  );
}
