/** Says plainly what this Excel cannot do, and offers the template workbooks instead. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLanguage } from '../i18n';
import type { PaneCapabilities } from '../services/excel-actions';
import { TemplateDownloads } from './TemplateDownloads';

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
      </MessageBarBody>
    </MessageBar>
  );
}
