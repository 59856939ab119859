/**
 * The Order's own words for a paragraph, shown on demand. The text (about 30 KB) is its own lazy chunk:
 * most people never open it, so the first load should not carry it.
 */
import { useEffect, useState } from 'react';
import { Spinner } from '@fluentui/react-components';
import { useLanguage } from '../i18n';
import { explainRule } from '../rule-explanations';

type OrderText = Readonly<Record<string, string>>;
let cache: Promise<OrderText> | undefined;

function loadOrderText(): Promise<OrderText> {
  cache ??= import(/* webpackChunkName: "order-text" */ '../../order281/order-text').then((m) => m.ORDER_TEXT);
  cache.catch(() => (cache = undefined));
  return cache;
}

/** Why the rule matters (in the interface language), then the Order's own words it rests on. */
export function OrderWords({ paragraph, rule, id }: { paragraph: string; rule: string; id: string }) {
  const { t, l, language } = useLanguage();
  const why = explainRule(rule);
  const [text, setText] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadOrderText().then(
      (all) => live && setText(all[paragraph] ?? null),
      () => live && setText(null),
    );
    return () => {
      live = false;
    };
  }, [paragraph]);
  if (text === undefined) return <Spinner size="extra-tiny" label={t('loading')} />;
  return (
    <div id={id} className="tobokel-finding-details">
      {why && (
        <p className="tobokel-why">
          <strong>{t('whyLabel')}</strong> {l(why)}
        </p>
      )}
      <blockquote className="tobokel-order-words" lang="ky">
        {text === null ? (
          <span lang={language}>{t('orderWordsMissing')}</span>
        ) : (
          <>
            <span className="tobokel-hint" lang={language}>
              {t('orderWordsSource')}
            </span>
            {text.split('\n').map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </>
        )}
      </blockquote>
    </div>
  );
}
