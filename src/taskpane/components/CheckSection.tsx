/** Check: run it, see the verdict and the findings, go to a cell, clear the marks. */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding, Report } from '../../checks/report';
import { useLanguage } from '../i18n';
import { SkippedList } from './skipped';
import { useWork } from '../hooks/work';
import { useActions } from '../services/actions-context';
import { FindingsList } from './FindingsList';
import { Verdict } from './Verdict';

export function CheckSection({ report, onReport }: { report: Report | undefined; onReport(report: Report | undefined): void }) {
  const { t } = useLanguage();
  const { busy, run } = useWork();
  const actions = useActions();
  const [cleared, setCleared] = useState<number | undefined>(undefined);
  const canAct = actions.capabilities.inExcel && actions.capabilities.basic;

  const check = async () => {
    setCleared(undefined);
    const result = await run('checking', () => actions.check());
    if (result) onReport(result);
  };
  const clear = async () => {
    const result = await run('clearing', () => actions.clearMarks());
    if (result) setCleared(result.cleared);
  };
  const select = (finding: Finding) => void run('working', () => actions.selectCell(finding.sheet, finding.cell));

  return (
    <section aria-labelledby="check-title" className="tobokel-section">
      <h2 id="check-title" className="tobokel-visually-hidden">
        {t('tabCheck')}
      </h2>
      <p>{t('checkIntro')}</p>
      <div className="tobokel-actions">
        <Button appearance="primary" disabled={!canAct || busy !== undefined} onClick={() => void check()}>
          {t('runCheck')}
        </Button>
        <Button disabled={!canAct || busy !== undefined} onClick={() => void clear()}>
          {t('clearMarks')}
        </Button>
      </div>
      {cleared !== undefined && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('cleared', { n: cleared })}</MessageBarBody>
        </MessageBar>
      )}
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
    </section>
  );
}
