/** Findings grouped by sheet, then row, with a severity filter. */
import { useMemo, useState } from 'react';
import { Button, ToggleButton } from '@fluentui/react-components';
import type { Finding, Report, Severity } from '../../checks/report';
import { useLanguage } from '../i18n';
import { FindingItem } from './FindingItem';
import { SEVERITIES, SEVERITY_LABEL, severityCounts } from './severity';

type Filter = Severity | 'all';

/** Findings rendered at a time: a 5,000-row register with an error every tenth row would otherwise mount 500 buttons at once. */
const PAGE_SIZE = 100;

interface SheetGroup {
  sheet: string;
  rows: { row: number; findings: Finding[] }[];
}

function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const sheets = new Map<string, Map<number, Finding[]>>();
  for (const finding of findings) {
    let rows = sheets.get(finding.sheet);
    if (!rows) sheets.set(finding.sheet, (rows = new Map()));
    const list = rows.get(finding.row);
    if (list) list.push(finding);
    else rows.set(finding.row, [finding]);
  }
  return [...sheets].map(([sheet, rows]) => ({
    sheet,
    rows: [...rows].sort(([a], [b]) => a - b).map(([row, list]) => ({ row, findings: list })),
  }));
}

/** `onSelect` goes to a finding's cell; without it (no workbook to go to) findings are plain text. */
export function FindingsList({ report, onSelect, disabled }: { report: Report; onSelect?(finding: Finding): void; disabled: boolean }) {
  const { t } = useLanguage();
  const [filter, setFilter] = useState<Filter>('all');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const matching = useMemo(
    () => report.findings.filter((f) => filter === 'all' || f.severity === filter),
    [report.findings, filter],
  );
  const groups = useMemo(() => groupFindings(matching.slice(0, limit)), [matching, limit]);
  const choose = (next: Filter) => {
    setFilter(next);
    setLimit(PAGE_SIZE);
  };
  if (report.findings.length === 0) return report.registers.length ? <p>{t('noFindings')}</p> : null;

  const counts = severityCounts(report.summary);
  const options: { value: Filter; label: string; count: number }[] = [
    { value: 'all', label: t('filterAll'), count: report.findings.length },
    ...SEVERITIES.map((s) => ({ value: s, label: t(SEVERITY_LABEL[s]), count: counts[s] })),
  ];

  return (
    <section aria-labelledby="findings-title">
      <h3 id="findings-title" className="tobokel-visually-hidden">
        {t('findingsLabel')}
      </h3>
      <div role="group" aria-label={t('filterLabel')} className="tobokel-filter">
        {options.map((o) => (
          <ToggleButton key={o.value} size="small" checked={filter === o.value} onClick={() => choose(o.value)}>
            {o.label} ({o.count})
          </ToggleButton>
        ))}
      </div>
      {groups.length === 0 && <p>{t('noFindingsFiltered')}</p>}
      {groups.map((group) => (
        <section key={group.sheet} className="tobokel-sheet-group" aria-label={t('sheetLabel', { sheet: group.sheet })}>
          <h3>{t('sheetLabel', { sheet: group.sheet })}</h3>
          {group.rows.map(({ row, findings }) => (
            <div key={row} className="tobokel-row-group">
              <h4>{t('rowLabel', { row })}</h4>
              <ul>
                {findings.map((f, i) => (
                  <FindingItem key={`${f.cell}-${f.rule}-${i}`} finding={f} onSelect={onSelect} disabled={disabled} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {matching.length > limit && (
        <p className="tobokel-more">
          <span>{t('shownOf', { shown: limit, total: matching.length })}</span>{' '}
          <Button size="small" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
            {t('showMore', { n: Math.min(PAGE_SIZE, matching.length - limit) })}
          </Button>
        </p>
      )}
    </section>
  );
}
