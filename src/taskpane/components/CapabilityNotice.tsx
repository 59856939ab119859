/**
 * Says plainly what this Excel cannot do, and offers the template workbooks instead, and the checker page
 * (check.html, served beside the pane), which checks a workbook in any browser.
 */
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLanguage } from '../i18n';
import type { PaneCapabilities } from '../services/excel-actions';
import { TemplateDownloads } from './TemplateDownloads';

/** The checker page, beside taskpane.html in the build (scripts/checker-page.webpack.js). */
export const CHECKER_PAGE = 'check.html';

export function CapabilityNotice({ capabilities }: { capabilities: PaneCapabilities }) {
  const { t } = useLanguage();
  let notice: { intent: 'error' | 'warning'; title: string; body: string } | undefined;
  if (!capabilities.inExcel) notice = { intent: 'warning', title: t('notInExcelTitle'), body: t('notInExcel') };
  else if (!capabilities.basic) notice = { intent: 'error', title: t('oldExcelTitle'), body: t('oldExcel') };
  else if (!capabilities.dropdowns) notice = { intent: 'warning', title: t('noDropdownsTitle'), body: t('noDropdowns') };
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-testid="capability-notice">
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle> {notice.body}
        <TemplateDownloads />
        <p className="tobokel-downloads-title">
          <Link href={CHECKER_PAGE} target="_blank" rel="noopener" data-testid="checker-page-link">
            {t('checkerPageLink')}
          </Link>
        </p>
      </MessageBarBody>
    </MessageBar>
  );
}
