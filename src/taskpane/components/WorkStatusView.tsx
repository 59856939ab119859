/** What WorkStatus shows: a spinner with what is running, or the problem with what to do about it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useLanguage } from '../i18n';
import { useWork } from '../hooks/work';
import { TemplateDownloads } from './TemplateDownloads';

export function WorkStatusView() {
  const { t, l } = useLanguage();
  const { busy, problem, dismissProblem } = useWork();
  return (
    <>
      {busy && <Spinner size="tiny" label={t(busy)} labelPosition="after" />}
      {problem && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('errorTitle')}</MessageBarTitle> {l(problem.message)}
            {problem.detail && <div className="tobokel-detail">{t('errorDetail', { detail: problem.detail })}</div>}
            {problem.offerTemplates && <TemplateDownloads />}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={dismissProblem}>
              {t('dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
