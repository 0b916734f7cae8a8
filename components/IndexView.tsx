import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {topics, type Entry, type Topic} from '@/lib/content';
import {EntryList} from '@/components/EntryList';

/** The list of articles or of guides, grouped by each entry's first topic. */
export async function IndexView({
  locale,
  title,
  description,
  entries
}: {
  locale: Locale;
  title: string;
  description: string;
  entries: Entry[];
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
      <p className="feed-link">
        <a href={`/${locale}/feed.xml`} type="application/rss+xml">
          {t('feed')}
        </a>
      </p>
    </>
  );
}
