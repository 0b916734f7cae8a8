import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {formatDate} from '@/lib/format';
import {getHotline, smsHref, telHref, textKeyword} from '@/lib/hotlines';

/**
 * A hotline with tap-to-call and tap-to-text links. Numbers come from content/hotlines.json.
 * The full card also says what is not confirmed, and when and against which official page
 * the facts were last reviewed (and, only if someone did, that they were confirmed live).
 */
export async function HotlineCard({
  id,
  locale,
  headingLevel = 3,
  compact = false
}: {
  id: string;
  locale: Locale;
  headingLevel?: 2 | 3;
  /** Name and the call, text and TTY links only: for the end of articles, where every byte counts. */
  compact?: boolean;
}) {
  const t = await getTranslations({locale, namespace: 'Hotline'});
  const h = getHotline(id);
  if (!h) throw new Error(t('unknown', {id}));
  const Heading = `h${headingLevel}` as const;
  const keyword = textKeyword(h, locale);
  const checks = h.review.confirmedBy.map((c) => t(c === 'call' ? 'byCall' : c === 'text' ? 'byText' : 'byChat'));
  return (
    <section className="hotline" aria-labelledby={`hotline-${h.id}-${locale}`} data-hotline={h.id}>
      <Heading id={`hotline-${h.id}-${locale}`} className="hotline-name">
        {h.name[locale]}
      </Heading>
      {compact ? null : <p className="hotline-summary">{h.summary[locale]}</p>}
      <ul className="hotline-actions">
        <li>
          <a className="button" href={telHref(h.call.number)}>
            {t('call')} <span className="number">{h.call.display}</span>
          </a>
          {h.call.note ? <span className="hotline-note">{h.call.note[locale]}</span> : null}
        </li>
        {h.text ? (
          <li>
            <a className="button button-secondary" href={smsHref(h.text.number, keyword)}>
              {keyword ? t('textWithKeyword', {keyword}) : t('text')} <span className="number">{h.text.display}</span>
            </a>
            {h.text.note ? <span className="hotline-note">{h.text.note[locale]}</span> : null}
          </li>
        ) : null}
        {h.tty ? (
          <li>
            <a className="hotline-tty" href={telHref(h.tty.number)}>
              {t('tty')} <span className="number">{h.tty.display}</span>
            </a>
          </li>
        ) : null}
      </ul>
      {compact ? null : (
        <>
          <dl className="hotline-facts">
            <div>
              <dt>{t('hours')}</dt>
              <dd>{h.hours[locale]}</dd>
            </div>
            <div>
              <dt>{t('languages')}</dt>
              <dd>{h.languages[locale]}</dd>
            </div>
          </dl>
          {h.unconfirmed ? (
            <p className="hotline-unverified">
              <strong>{t('unconfirmed')}:</strong> {h.unconfirmed[locale]}
            </p>
          ) : null}
          {h.note ? <p className="hotline-note">{h.note[locale]}</p> : null}
          {h.website ? (
            <p>
              <a href={h.website[locale]}>
                {t('website')}: {new URL(h.website[locale]).hostname}
              </a>
            </p>
          ) : null}
          <p className="hotline-note hotline-review">
            {t.rich('reviewed', {
              date: formatDate(h.review.date, locale),
              link: (chunks) => (
                <a href={h.review.against} rel="noreferrer">
                  {chunks}
                </a>
              )
            })}
            {checks.length
              ? ` ${t('confirmedBy', {methods: new Intl.ListFormat(locale, {type: 'conjunction'}).format(checks)})}`
              : null}
          </p>
        </>
      )}
    </section>
  );
}
