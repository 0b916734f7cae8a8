import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {topics, type Audience, type Entry, type Topic} from '@/lib/content';
import {EntryList} from '@/components/EntryList';

/** Survivors first: they are who the site is for; advocates' guides come last. */
const audienceOrder: Audience[] = ['survivors', 'everyone', 'advocates'];

/** Entries grouped by audience, then by each entry's first topic, both in a fixed order. */
function groupByAudienceAndTopic(entries: Entry[]) {
  return audienceOrder
    .map((audience) => {
      const mine = entries.filter((e) => e.audience === audience);
      const byTopic = (Object.keys(topics) as Topic[])
        .map((topic) => ({topic, entries: mine.filter((e) => e.topics[0] === topic)}))
        .filter((group) => group.entries.length);
      return {audience, count: mine.length, byTopic};
    })
    .filter((group) => group.count);
}

/** One page of the list of articles or of guides, grouped by audience and topic. */
export async function IndexView({
  locale,
  title,
  description,
  entries,
  pages,
  current
}: {
  locale: Locale;
  title: string;
  description: string;
  entries: Entry[];
  pages: {number: number; href: string}[];
  current: number;
}) {
  const t = await getTranslations({locale, namespace: 'Content'});
  const heading = await getTranslations({locale, namespace: 'AudienceHeading'});
  const groups = groupByAudienceAndTopic(entries);
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{description}</p>
      {groups.length > 1 ? (
        <nav aria-labelledby="for-whom" className="index-nav">
          <h2 id="for-whom">{t('forWhom')}</h2>
          <ul>
            {groups.map(({audience, count}) => (
              <li key={audience}>
                <a href={`#for-${audience}`}>
                  {heading(audience)} ({count})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.length ? (
        groups.map(({audience, byTopic}) => (
          <section key={audience} aria-labelledby={`for-${audience}`}>
            <h2 id={`for-${audience}`} tabIndex={-1}>
              {heading(audience)}
            </h2>
            {byTopic.map(({topic, entries: inTopic}) => (
              <section key={topic} aria-labelledby={`for-${audience}-${topic}`}>
                <h3 id={`for-${audience}-${topic}`}>{topics[topic][locale]}</h3>
                <EntryList entries={inTopic} locale={locale} headingLevel={4} />
              </section>
            ))}
          </section>
        ))
      ) : (
        <p>{t('empty')}</p>
      )}
      {pages.length > 1 ? (
        <nav aria-label={t('pagination')} className="pagination">
          <ul>
            {current > 1 ? (
              <li>
                <a href={pages[current - 2].href} rel="prev">
                  {t('previous')}
                </a>
              </li>
            ) : null}
            {pages.map((p) => (
              <li key={p.number}>
                <a href={p.href} aria-current={p.number === current ? 'page' : undefined}>
                  {p.number}
                </a>
              </li>
            ))}
            {current < pages.length ? (
              <li>
                <a href={pages[current].href} rel="next">
                  {t('next')}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      <p className="feed-link">
        <a href={`/${locale}/feed.xml`} type="application/rss+xml">
          {t('feed')}
        </a>
      </p>
    </>
  );
}
