import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {topics, type Entry, type Topic} from '@/lib/content';
import {EntryList} from '@/components/EntryList';

/** One page of the list of articles or of guides, grouped by each entry's first topic. */
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
  const groups = new Map<Topic, Entry[]>();
  for (const e of entries) groups.set(e.topics[0], [...(groups.get(e.topics[0]) ?? []), e]);
  const ordered = (Object.keys(topics) as Topic[]).filter((topic) => groups.has(topic));
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{description}</p>
      {ordered.length > 1 ? (
        <nav aria-labelledby="by-topic" className="topic-nav">
          <h2 id="by-topic">{t('byTopic')}</h2>
          <ul>
            {ordered.map((topic) => (
              <li key={topic}>
                <a href={`#topic-${topic}`}>
                  {topics[topic][locale]} ({groups.get(topic)!.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {ordered.length ? (
        ordered.map((topic) => (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`} tabIndex={-1}>
              {topics[topic][locale]}
            </h2>
            <EntryList entries={groups.get(topic)!} locale={locale} headingLevel={3} />
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
