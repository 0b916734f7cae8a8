import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Review, Text} from '@/lib/facts';
import {getWorldFact} from '@/lib/world-facts';
import {formatDate} from '@/lib/format';
import {getHotline, type Hotline} from '@/lib/hotlines';

/**
 * Facts that change in the world, shown from their one record (content/hotlines.json,
 * content/facts.json) with how and when each was checked. See components/facts/README.md.
 */

const reviewKey = {
  call: 'reviewCall',
  text: 'reviewText',
  chat: 'reviewChat',
  'live-page': 'reviewLivePage',
  'stored-copy': 'reviewStoredCopy'
} as const;

/** "Checked on 4 December 2026 against a saved copy of …": the method said as it was done. */
export async function ReviewNote({review, locale, what}: {review: Review; locale: Locale; what?: string}) {
  const t = await getTranslations({locale, namespace: 'Facts'});
  return (
    <p className="fact-review">
      {what ? <>{what}: </> : null}
      {t.rich(reviewKey[review.method], {
        date: formatDate(review.date, locale),
        link: (chunks) => (
          <a href={review.source} rel="noreferrer">
            {chunks}
          </a>
        ),
        source: review.sourceTitle[locale]
      })}
    </p>
  );
}

/** One line per distinct review, naming the facts it covers: a card checked against one page says it once. */
export async function ReviewNotes({items, locale}: {items: {label: string; review: Review}[]; locale: Locale}) {
  const groups = new Map<string, {labels: string[]; review: Review}>();
  for (const {label, review} of items) {
    const key = `${review.date} ${review.method} ${review.source}`;
    const group = groups.get(key) ?? {labels: [], review};
    group.labels.push(label);
    groups.set(key, group);
  }
  const list = new Intl.ListFormat(locale, {type: 'conjunction'});
  return (
    <div className="fact-reviews">
      {[...groups.values()].map((g) => (
        <ReviewNote key={g.labels.join()} review={g.review} locale={locale} what={capitalize(list.format(g.labels))} />
      ))}
    </div>
  );
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function Unconfirmed({note, locale, label}: {note?: Text; locale: Locale; label: string}) {
  return note ? (
    <p className="hotline-unverified">
      <strong>{label}:</strong> {note[locale]}
    </p>
  ) : null;
}

function hotlineOrThrow(id: string): Hotline {
  const h = getHotline(id);
  if (!h) throw new Error(`Unknown hotline "${id}": use an id from content/hotlines.json`);
  return h;
}

/** Inline: "Compass Connections (desde el 22 de septiembre de 2025)". */
export async function HotlineOperator({id, locale}: {id: string; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Facts'});
  const operator = hotlineOrThrow(id).operator;
  if (!operator) throw new Error(`The hotline "${id}" has no operator in content/hotlines.json`);
  return (
    <span data-fact={`${id}-operator`}>
      {t('operatorInline', {name: operator.name, date: formatDate(operator.since, locale)})}
    </span>
  );
}

/** What a line may pass on, to whom and when, what the reader can do about it, and how that was checked. */
export async function HotlineSharing({id, locale}: {id: string; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Facts'});
  const h = hotlineOrThrow(id);
  const {sharing, operator} = h;
  return (
    <aside
      className="callout callout-warning fact-sharing"
      aria-label={t('sharingTitle', {name: h.name[locale]})}
      data-fact={`${id}-sharing`}
    >
      <p className="callout-title">{t('sharingTitle', {name: h.name[locale]})}</p>
      {operator ? (
        <p>
          {t.rich('operatorSentence', {
            name: operator.name,
            about: operator.about[locale],
            date: formatDate(operator.since, locale),
            strong: (chunks) => <strong>{chunks}</strong>
          })}{' '}
          {operator.before?.[locale]}
        </p>
      ) : null}
      <p>{sharing.summary[locale]}</p>
      <ul>
        {sharing.points.map((point) => (
          <li key={point.en}>{point[locale]}</li>
        ))}
      </ul>
      {sharing.whatYouCanDo?.length ? (
        <>
          <p>
            <strong>{t('whatYouCanDo')}</strong>
          </p>
          <ul>
            {sharing.whatYouCanDo.map((step) => (
              <li key={step.en}>{step[locale]}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Unconfirmed note={sharing.unconfirmed} locale={locale} label={t('unconfirmed')} />
      <ReviewNotes
        locale={locale}
        items={[
          ...(operator ? [{label: t('operatorLabel'), review: operator.review}] : []),
          {label: t('sharingLabel'), review: sharing.review}
        ]}
      />
    </aside>
  );
}

/** Inline: a fact of content/facts.json (a law, a fee, a policy) in the page's language. */
export async function WorldFact({id, locale}: {id: string; locale: Locale}) {
  const fact = getWorldFact(id);
  if (!fact) throw new Error(`Unknown fact "${id}": use an id from content/facts.json`);
  return <span data-fact={id}>{fact.say[locale]}</span>;
}

/** The facts of content/facts.json that a page uses, with their reviews: for the end of the page. */
export async function WorldFactReviews({ids, locale}: {ids: string[]; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Facts'});
  const facts = ids.map(getWorldFact).filter((f) => f !== undefined);
  if (!facts.length) return null;
  return (
    <section className="fact-world-reviews" aria-label={t('worldReviewsTitle')}>
      <p className="callout-title">{t('worldReviewsTitle')}</p>
      {facts.map((f) => (
        <div key={f.id}>
          <ReviewNote review={f.review} locale={locale} what={f.say[locale]} />
          <Unconfirmed note={f.unconfirmed} locale={locale} label={t('unconfirmed')} />
        </div>
      ))}
    </section>
  );
}
