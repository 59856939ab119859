/**
 * Flags: the corruption-prone positions (p.9) with the evidence for each factor, and the Appendix 1
 * units flagged there but missing from Appendix 2. Loaded lazily: only this tab needs it.
 */
import { Button, Card, CardHeader, Text } from '@fluentui/react-components';
import type { Factor, Finding, PositionFlag, Report } from '../../checks/report';
import { useLanguage } from '../i18n';
import { useWork } from '../hooks/work';
import { useActions } from '../services/actions-context';
import type { StringKey } from '../strings';
import { HIGH_RISK_SECTORS, HIGH_RISK_ZONES } from '../../order281/zones';
import { paragraphLabel } from '../../order281/paragraphs';
import { evidenceText } from '../../checks/evidence-shown';

/** The rule id the core gives a unit flagged in Appendix 1 but absent from Appendix 2. */
const MISSING_UNIT_RULE = 'positions.missing-flagged-unit';

const FACTORS: { factor: Factor; label: StringKey }[] = [
  { factor: 'discretion', label: 'factorDiscretion' },
  { factor: 'contact', label: 'factorContact' },
  { factor: 'zone', label: 'factorZone' },
];

const ZONES = new Map([...HIGH_RISK_ZONES, ...HIGH_RISK_SECTORS].map((z) => [z.id, z]));

function FlagCard({ flag, onSelect, disabled }: { flag: PositionFlag; onSelect?(): void; disabled: boolean }) {
  const { t, l, language } = useLanguage();
  const zones = flag.zones.map((id) => ZONES.get(id)).filter((z) => z !== undefined);
  const where = `${t('sheetLabel', { sheet: flag.sheet })}, ${t('cellLabel', { cell: flag.cell })} · ${t(flag.kind === 'risks' ? 'appendix1Flag' : 'appendix2Flag')}`;
  return (
    <Card className="tobokel-flag" role="listitem">
      <CardHeader
        header={<Text weight="semibold">{flag.position}</Text>}
        description={
          onSelect ? (
            <Button appearance="transparent" size="small" disabled={disabled} onClick={onSelect}>
              {where}
            </Button>
          ) : (
            <span className="tobokel-hint">{where}</span>
          )
        }
      />
      <dl className="tobokel-factors">
        {FACTORS.map(({ factor, label }) => (
          <div key={factor}>
            <dt>{t(label)}</dt>
            <dd>{flag.factors[factor]?.length ? evidenceText(flag.factors[factor], language, { quoted: true }) : t('factorNoEvidence')}</dd>
          </div>
        ))}
        {zones.length > 0 && (
          <div>
            <dt>{t('zonesLabel')}</dt>
            <dd>
              {zones.map((z) => `${l(z.label)} (${l(paragraphLabel(z.paragraph))})`).join('; ')}
            </dd>
          </div>
        )}
      </dl>
    </Card>
  );
}

/** The pane's Positions tab: the flags, each going to its cell in Excel. */
export function FlagsSection({ report }: { report: Report | undefined }) {
  const { busy, run } = useWork();
  const actions = useActions();
  return <FlagsView report={report} disabled={busy !== undefined} onSelect={(sheet, cell) => void run('working', () => actions.selectCell(sheet, cell))} />;
}

/** The flags of a report; `onSelect` goes to a cell, and without it (the checker page) places are plain text. */
export function FlagsView({ report, onSelect, disabled }: { report: Report | undefined; onSelect?(sheet: string, cell: string): void; disabled: boolean }) {
  const { t, l } = useLanguage();
  const missing: Finding[] = report ? report.findings.filter((f) => f.rule === MISSING_UNIT_RULE) : [];

  return (
    <section aria-labelledby="flags-title" className="tobokel-section">
      <h2 id="flags-title" className="tobokel-visually-hidden">
        {t('tabFlags')}
      </h2>
      <p>{t('flagsIntro')}</p>
      {!report && <p>{t('flagsBeforeCheck')}</p>}
      {report && report.flags.length === 0 && <p>{t('flagsNone')}</p>}
      {report && report.flags.length > 0 && (
        <>
          <h3>{t('flagsCount', { n: report.flags.length })}</h3>
          <div role="list" className="tobokel-flags">
            {report.flags.map((flag) => (
              <FlagCard key={`${flag.sheet}!${flag.cell}`} flag={flag} disabled={disabled} onSelect={onSelect && (() => onSelect(flag.sheet, flag.cell))} />
            ))}
          </div>
        </>
      )}
      {report && (
        <section aria-labelledby="missing-title">
          <h3 id="missing-title">{t('missingUnitsTitle')}</h3>
          {missing.length === 0 ? (
            <p>{t('missingUnitsNone')}</p>
          ) : (
            <ul>
              {missing.map((f) => (
                <li key={`${f.sheet}!${f.cell}`}>
                  {onSelect ? (
                    <Button appearance="subtle" disabled={disabled} onClick={() => onSelect(f.sheet, f.cell)}>
                      {f.cell}: {l(f.messages)}
                    </Button>
                  ) : (
                    <>
                      {f.cell}: {l(f.messages)}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}
