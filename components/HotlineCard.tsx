import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {formatDate} from '@/lib/format';
import {ReviewNotes} from '@/components/facts/Facts';
import {pageHref} from '@/lib/content';
import {getHotline, smsHref, telHref, textKeyword, type Hotline} from '@/lib/hotlines';

/** The line under every group of call and text buttons: what a call leaves behind on the phone. */
export async function CallLogNote({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Hotline'});
  return (
    <p className="call-log-note">
      {t('callLog')} <a href={pageHref(locale, 'browse-safely')}>{t('callLogLink')}</a>
    </p>
  );
}

/**
 * A hotline with tap-to-call and tap-to-text links. Numbers come from content/hotlines.json.
 * The full card also shows the facts that change (who runs the line, hours and languages by channel,
 * cost), what is not confirmed, and how and when each was checked (components/facts/).
 */
export async function HotlineCard({
  id,
  locale,
  headingLevel = 3,
  compact = false,
  facts: showFacts = true,
  callLog = true
}: {
  id: string;
  locale: Locale;
  headingLevel?: 2 | 3;
  /** Name and the call, text and TTY links only: for the end of articles, where every byte counts. */
  compact?: boolean;
  /**
   * false: name, summary, buttons and note, with a link to the line's facts on get-help instead of the
   * facts themselves (the home page, which must stay light).
   */
  facts?: boolean;
  /** false when the group of cards shows the call-log line once, under all of them. */
  callLog?: boolean;
}) {
  const t = await getTranslations({locale, namespace: 'Hotline'});
  const h = getHotline(id);
  if (!h) throw new Error(t('unknown', {id}));
  const Heading = `h${headingLevel}` as const;
  const keyword = textKeyword(h, locale);
  const facts = await getTranslations({locale, namespace: 'Facts'});
  return (
    // Named by aria-label, not by an id: a page may show the same hotline twice. A group, not a region:
    // the page's landmarks stay few and each name unique.
    <div className="hotline" role="group" aria-label={h.name[locale]} data-hotline={h.id}>
      <Heading className="hotline-name">{h.name[locale]}</Heading>
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
        {h.chat && h.website ? (
          <li>
            <a className="button button-secondary" href={h.website[locale]} rel="noreferrer">
              {t('chat')}
            </a>
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
      {callLog ? <CallLogNote locale={locale} /> : null}
      {!compact && !showFacts ? (
        <>
          {h.note ? <p className="hotline-note">{h.note[locale]}</p> : null}
          <p>
            <a href={pageHref(locale, 'get-help')}>{facts('aboutLine')}</a>
          </p>
        </>
      ) : null}
      {compact || !showFacts ? null : (
        <>
          <dl className="hotline-facts">
            {h.operator ? (
              <div>
                <dt>{facts('operatorLabel')}</dt>
                <dd>
                  {facts('operatorInline', {name: h.operator.name, date: formatDate(h.operator.since, locale)})},{' '}
                  {h.operator.about[locale]}. {h.operator.before?.[locale]}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t('hours')}</dt>
              <ByChannel fact={h.hours} locale={locale} />
            </div>
            <div>
              <dt>{t('languages')}</dt>
              <ByChannel fact={h.languages} locale={locale} />
            </div>
            <div>
              <dt>{facts('costLabel')}</dt>
              <dd>{h.cost.say[locale]}</dd>
            </div>
          </dl>
          {[h.operator, h.hours, h.languages].map((fact) =>
            fact?.unconfirmed ? (
              <p className="hotline-unverified" key={fact.unconfirmed.en}>
                <strong>{t('unconfirmed')}:</strong> {fact.unconfirmed[locale]}
              </p>
            ) : null
          )}
          {h.note ? <p className="hotline-note">{h.note[locale]}</p> : null}
          {h.website ? (
            <p>
              <a href={h.website[locale]}>
                {t('website')}: {new URL(h.website[locale]).hostname}
              </a>
            </p>
          ) : null}
          <ReviewNotes
            locale={locale}
            items={[
              {label: facts('numbersLabel'), review: h.numbers.review},
              ...(h.operator
                ? [{label: facts('operatorLabel').toLocaleLowerCase(locale), review: h.operator.review}]
                : []),
              {label: t('hours').toLocaleLowerCase(locale), review: h.hours.review},
              {label: t('languages').toLocaleLowerCase(locale), review: h.languages.review},
              {label: facts('costLabel').toLocaleLowerCase(locale), review: h.cost.review}
            ]}
          />
        </>
      )}
    </div>
  );
}

/** Hours or languages, one line per channel (phone, text, chat) when they differ. */
async function ByChannel({fact, locale}: {fact: Hotline['hours']; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Facts'});
  const channels = (['call', 'text', 'chat'] as const).filter((c) => fact[c]);
  const same = channels.every((c) => fact[c]![locale] === fact.call[locale]);
  if (same) return <dd>{fact.call[locale]}</dd>;
  return (
    <dd>
      {channels.map((c) => (
        <span className="by-channel" key={c}>
          {t(c === 'call' ? 'byPhone' : c === 'text' ? 'byText' : 'byChat')}: {fact[c]![locale]}
        </span>
      ))}
    </dd>
  );
}

/**
 * Call, text and chat for a few lines, in one compact block: at the top of get-help and after the
 * first paragraph of every article and guide, where people come to call.
 */
export async function HotlineStrip({ids, locale, label}: {ids: string[]; locale: Locale; label: string}) {
  const t = await getTranslations({locale, namespace: 'Hotline'});
  return (
    <div className="hotline-strip" role="group" aria-label={label} data-pagefind-ignore="">
      <ul>
        {ids.map((id) => {
          const h = getHotline(id)!;
          const keyword = textKeyword(h, locale);
          return (
            <li key={h.id} data-hotline={h.id}>
              <span className="hotline-strip-name">{h.name[locale]}</span>
              <span className="hotline-strip-actions">
                <a className="button" href={telHref(h.call.number)}>
                  {t('call')} <span className="number">{h.call.display}</span>
                </a>
                {h.text ? (
                  <a className="button button-secondary" href={smsHref(h.text.number, keyword)}>
                    {keyword ? t('textWithKeyword', {keyword}) : t('text')}{' '}
                    <span className="number">{h.text.display}</span>
                  </a>
                ) : null}
                {h.chat && h.website ? (
                  <a className="button button-secondary" href={h.website[locale]} rel="noreferrer">
                    {t('chat')}
                  </a>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      <CallLogNote locale={locale} />
    </div>
  );
}
