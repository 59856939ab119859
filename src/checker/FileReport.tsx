/**
 * One file's report, as the pane shows it — the same Verdict, FindingsList and FlagsView — with nothing to
 * go to (the workbook is not open here), and the checked copy to download instead.
 */
import { useEffect, useRef, useState } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLanguage } from '../taskpane/i18n';
import { Verdict } from '../taskpane/components/Verdict';
import { FindingsList } from '../taskpane/components/FindingsList';
import { FlagsView } from '../taskpane/components/FlagsSection';
import type { Engine } from './client';
import { checkedCopyName, saveFile } from './files';
import type { FileOutcome } from './protocol';
import { usePageWords } from './use-page-words';

function DownloadCopy({ file, reportKey, engine }: { file: string; reportKey: string; engine: Engine }) {
  const { language, l } = useLanguage();
  const w = usePageWords();
  const [state, setState] = useState<{ busy: boolean; note?: string; problem?: string }>({ busy: false });
  const name = checkedCopyName(file);
  const download = async () => {
    setState({ busy: true });
    const answer = await engine.request({ type: 'copy', key: reportKey, language });
    if (answer.type === 'bytes') {
      saveFile(answer.bytes, name);
      setState({ busy: false, note: w('copySaved', { name }) });
    } else if (answer.type === 'failed') {
      setState({ busy: false, problem: l(answer.messages) });
    }
  };
  return (
    <div className="tobokel-copy">
      <button type="button" className="tobokel-button tobokel-button-primary" disabled={state.busy} onClick={() => void download()}>
        {w('downloadCopy')}
      </button>
      <p className="tobokel-hint">{w('downloadCopyHint', { name })}</p>
      <p role="status" className="tobokel-action-status" data-testid="copy-status">
        {state.busy ? w('preparingCopy') : state.note}
        {state.problem && <span className="tobokel-problem">{w('failed', { detail: state.problem })}</span>}
      </p>
    </div>
  );
}

/** `focus`: the person asked for this report (from the list of files), so it is brought into view and focus. */
export function FileReport({ outcome, engine, focus }: { outcome: FileOutcome; engine: Engine; focus: boolean }) {
  const { l } = useLanguage();
  const w = usePageWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus || !heading.current) return;
    heading.current.focus();
    heading.current.scrollIntoView({ block: 'start' });
  }, [focus]);
  return (
    <section aria-labelledby="report-title" className="tobokel-section tobokel-report" data-testid="file-report">
      <h2 id="report-title" ref={heading} tabIndex={-1}>
        {w('reportFor', { file: outcome.file })}
      </h2>
      {'unreadable' in outcome ? (
        <MessageBar intent="error" layout="multiline" data-testid="unreadable">
          <MessageBarBody>
            <MessageBarTitle>{w('unreadableTitle')}</MessageBarTitle> {l(outcome.unreadable.messages)}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Verdict report={outcome.report} />
          {outcome.report.registers.length > 0 && <DownloadCopy file={outcome.file} reportKey={outcome.key} engine={engine} />}
          <h3>{w('findingsTitle')}</h3>
          <FindingsList report={outcome.report} disabled={false} />
          <FlagsView report={outcome.report} disabled={false} />
        </>
      )}
    </section>
  );
}
