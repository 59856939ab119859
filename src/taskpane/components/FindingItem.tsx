/**
 * One finding: a button that selects its cell (or, where nothing can select it — the checker page — the
 * same text without a button), its basis in the Order, and the Order's words on demand.
 */
import { lazy, Suspense, useId, useState } from 'react';
import { Badge, Button, Spinner } from '@fluentui/react-components';
import type { Finding } from '../../checks/report';
import { useLanguage } from '../i18n';
import { paragraphLabel } from '../../order281/paragraphs';
import { SEVERITY_COLOR, SEVERITY_LABEL } from './severity';

const OrderWords = lazy(() => import(/* webpackChunkName: "order-words" */ './OrderWords').then((m) => ({ default: m.OrderWords })));

export function FindingItem({ finding, onSelect, disabled }: { finding: Finding; onSelect?(finding: Finding): void; disabled: boolean }) {
  const { t, l } = useLanguage();
  const [showWords, setShowWords] = useState(false);
  const wordsId = useId();
  const message = l(finding.messages);
  // Badge and cell on their own line, the message below at full width: the message starts at the same
  // place whatever the badge says («Предупреждение» is three times «Ката»).
  const head = (
    <>
      <span className="tobokel-finding-head">
        <Badge appearance="filled" color={SEVERITY_COLOR[finding.severity]} size="small">
          {t(SEVERITY_LABEL[finding.severity])}
        </Badge>
        <span className="tobokel-cell">{finding.range ?? finding.cell}</span>
      </span>
      <span className="tobokel-message">{message}</span>
    </>
  );
  return (
    <li className="tobokel-finding" data-severity={finding.severity} data-rule={finding.rule}>
      {onSelect ? (
        <Button
          appearance="subtle"
          className="tobokel-finding-button"
          disabled={disabled}
          onClick={() => onSelect(finding)}
          title={t('goToCell', { sheet: finding.sheet, cell: finding.range ?? finding.cell, message })}
        >
          {head}
        </Button>
      ) : (
        <div className="tobokel-finding-button tobokel-finding-static">{head}</div>
      )}
      <div className="tobokel-finding-meta">
        <span>{t('basis', { paragraph: l(paragraphLabel(finding.paragraph)) })}</span>
        {finding.suggestion !== undefined && <span>{t('suggestion', { value: finding.suggestion })}</span>}
        <Button appearance="transparent" size="small" className="tobokel-words-toggle" aria-expanded={showWords} aria-controls={showWords ? wordsId : undefined} onClick={() => setShowWords((v) => !v)}>
          {t(showWords ? 'hideOrderWords' : 'showOrderWords')}
        </Button>
      </div>
      {showWords && (
        <Suspense fallback={<Spinner size="extra-tiny" label={t('loading')} />}>
          <OrderWords paragraph={finding.paragraph} rule={finding.rule} id={wordsId} />
        </Suspense>
      )}
    </li>
  );
}
