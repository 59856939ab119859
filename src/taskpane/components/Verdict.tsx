/** The answer first: is this workbook ready to submit? Then the counts by severity. */
import { Badge, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Report } from '../../checks/report';
import { useLanguage } from '../i18n';
import { SEVERITIES, SEVERITY_COLOR, SEVERITY_LABEL, severityCounts } from './severity';

export function Verdict({ report }: { report: Report }) {
  const { t } = useLanguage();
  if (report.registers.length === 0) {
    return (
      <MessageBar intent="warning" layout="multiline" role="status">
        <MessageBarBody>{t('noRegisters')}</MessageBarBody>
      </MessageBar>
    );
  }
  const { summary } = report;
  const counts = severityCounts(summary);
  return (
    <div role="status" className="tobokel-verdict">
      <MessageBar intent={summary.ready ? 'success' : 'error'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle data-testid="verdict">{t(summary.ready ? 'ready' : 'notReady')}</MessageBarTitle>{' '}
          {t(summary.ready ? 'readyDetail' : 'notReadyDetail')}
        </MessageBarBody>
      </MessageBar>
      <div className="tobokel-counts" role="group" aria-label={t('countsLabel')}>
        {SEVERITIES.map((severity) => (
          // A zero in red would alarm for nothing: only counts above zero carry their severity's colour.
          <Badge key={severity} appearance="tint" color={counts[severity] > 0 ? SEVERITY_COLOR[severity] : 'subtle'} data-testid={`count-${severity}`}>
            {t(SEVERITY_LABEL[severity])}: {counts[severity]}
          </Badge>
        ))}
        <span className="tobokel-hint">{t('registersFound', { n: report.registers.length })}</span>
      </div>
    </div>
  );
}
