import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {pageHref} from '@/lib/content';
import {getHotline, hotlines, smsHref, telHref, textKeyword} from '@/lib/hotlines';

/** The lines whose numbers are one tap away at the top of every page, in this order: 911 last, so a
 * slip of the thumb on the line the reader wanted does not dial the police. */
const topLines = ['human-trafficking', 'domestic-violence', 'emergency'];

/**
 * The safety notice at the top of every page, kept to one row of numbers to tap and one calm,
 * honest line in small print about what the exit does not do, so that it and the header take
 * 160 px at most on a phone and the page's own words show on the first screen. The rest (text, chat,
 * traces, browsing safely) is one tap away in <SafetyMore>, in the header's row. Not dismissible,
 * nothing remembered: a dismissal would leave a trace on the device.
 */
export async function SafetyBanner({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Banner'});
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
            <span className="number">{h.call.display}</span>
          </a>
        ))}
      </p>
      <p className="safety-calm">{t('calm')}</p>
    </aside>
  );
}

/**
 * The rest of the notice, one tap away in the header's row (components/PageFrame.tsx): texting and
 * chat, what a call leaves on the phone, the traces a visit leaves, and how to browse more safely.
 * A native <details> that works without JavaScript; open, it drops down over the page below the header.
 */
export async function SafetyMore({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Banner'});
  const hotline = await getTranslations({locale, namespace: 'Hotline'});
  return (
    <details className="safety-more">
      {/* Its name starts with the visible word (WCAG 2.5.3) and says what is inside. */}
      <summary>
        {t('more')}
        <span className="visually-hidden">{t('moreWhat')}</span>
      </summary>
      <div className="safety-more-body">
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
                      {/* One text node each (no separators in the HTML): every byte counts. */}
                      <a
                        href={smsHref(h.text.number, keyword)}
                      >{`${keyword ? t('textKeyword', {keyword}) : t('text')} ${h.text.display}`}</a>
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
          {`${hotline('callLog')} `}
          <a href={pageHref(locale, 'browse-safely')}>{hotline('callLogLink')}</a>
        </p>
        <p>{t('traces')}</p>
        <p>
          <a href={pageHref(locale, 'browse-safely')}>{t('learnSafety')}</a>
          {' · '}
          <a href={pageHref(locale, 'quick-exit')}>{t('learnExitLong')}</a>
        </p>
      </div>
    </details>
  );
}
