import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Entry} from '@/lib/content';
import {formatDate} from '@/lib/format';

/** A list of articles or guides: title, then at most two lines of detail (description; date and audience). */
export async function EntryList({entries, locale, headingLevel}: {entries: Entry[]; locale: Locale; headingLevel: 2 | 3 | 4}) {
  const t = await getTranslations({locale, namespace: 'Content'});
  const audience = await getTranslations({locale, namespace: 'Audience'});
  if (!entries.length) return <p>{t('empty')}</p>;
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="entry-list">
      {entries.map((e) => (
        <li key={e.id} className="entry-card">
          <Heading className="entry-card-title">
            <a href={e.href}>{e.title}</a>
          </Heading>
          <p>{e.description}</p>
          <p className="entry-card-meta">
            <time dateTime={e.updated ?? e.published}>{formatDate(e.updated ?? e.published, locale)}</time>
            {' · '}
            {t('forAudience', {audience: audience(e.audience)})}
          </p>
        </li>
      ))}
    </ul>
  );
}
