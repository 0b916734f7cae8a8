import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {pageHref} from '@/lib/content';
import {getHotline, hotlines, smsHref, telHref, textKeyword} from '@/lib/hotlines';

/** The lines whose numbers are one tap away at the top of every page, in this order: 911 last, so a
 * slip of the thumb on the line the reader wanted does not dial the police. */
const topLines = ['human-trafficking', 'domestic-violence', 'emergency'];

/**
 * The safety notice at the top of every page, kept small so the page's own words show on the first
 * screen: one calm, honest line about what the exit does and does not do, one line of numbers to tap,
 * and the rest (text, chat, traces, browsing safely) in a native <details> that works without
 * JavaScript. Not dismissible, nothing remembered: a dismissal would leave a trace on the device.
 */
export async function SafetyBanner({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Banner'});
  const hotline = await getTranslations({locale, namespace: 'Hotline'});
  const lines = topLines.map((id) => getHotline(id)!);
  return (
    <aside className="safety-banner" aria-label={t('label')}>
      <p className="safety-numbers">
        {lines.map((h) => (
          <a
            key={h.id}
            className="safety-number"
            href={telHref(h.call.number)}
            // Starts with the visible words (WCAG 2.5.3), then says what a tap does.
            aria-label={`${h.shortName[locale] === h.call.display ? '' : `${h.shortName[locale]} `}${h.call.display} (${t('call')}: ${h.name[locale]})`}
          >
            {h.shortName[locale] === h.call.display ? null : <span>{h.shortName[locale]}</span>}
            <span className="safety-number-digits number">{h.call.display}</span>
          </a>
        ))}
      </p>
      <details className="safety-more">
        {/* The calm line is the summary: one row, and the rest one tap away. */}
        <summary>
          {t('calm')} <span className="safety-more-label">{t('more')}</span>
        </summary>
        <ul>
          {hotlines
            .filter((h) => h.text || h.chat)
            .map((h) => {
              const keyword = textKeyword(h, locale);
              return (
                <li key={h.id}>
                  <strong>{h.name[locale]}</strong>
                  {h.text ? (
                    <>
                      {' · '}
                      <a href={smsHref(h.text.number, keyword)}>
                        {keyword ? t('textKeyword', {keyword}) : t('text')} {h.text.display}
                      </a>
                    </>
                  ) : null}
                  {h.chat && h.website ? (
                    <>
                      {' · '}
                      <a href={h.website[locale]} rel="noreferrer">
                        {t('chat')}
                      </a>
                    </>
                  ) : null}
                </li>
              );
            })}
        </ul>
        <p>
          {hotline('callLog')} <a href={`${pageHref(locale, 'browse-safely')}`}>{hotline('callLogLink')}</a>
        </p>
        <p>{t('traces')}</p>
        <p>
          <a href={pageHref(locale, 'browse-safely')}>{t('learnSafety')}</a>
          {' · '}
          <a href={pageHref(locale, 'quick-exit')}>{t('learnExitLong')}</a>
        </p>
      </details>
    </aside>
  );
}
