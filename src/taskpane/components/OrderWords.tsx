/**
 * The Order's own words for a paragraph, shown on demand. The text (about 30 KB) is its own lazy chunk:
 * most people never open it, so the first load should not carry it.
 */
import { useEffect, useState } from 'react';
import { Spinner } from '@fluentui/react-components';
import { useLanguage } from '../i18n';

type OrderText = Readonly<Record<string, string>>;
let cache: Promise<OrderText> | undefined;

export function loadOrderText(): Promise<OrderText> {
  cache ??= import(/* webpackChunkName: "order-text" */ '../../order281/order-text').then((m) => m.ORDER_TEXT);
  cache.catch(() => (cache = undefined));
  return cache;
}

export function OrderWords({ paragraph, id }: { paragraph: string; id: string }) {
  const { t, language } = useLanguage();
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
    <blockquote id={id} className="tobokel-order-words" lang="ky">
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
  );
}
