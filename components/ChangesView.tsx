import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {changes} from '@/lib/changes';
import {findById} from '@/lib/content';
import {formatDate} from '@/lib/format';

/** What changed on the site, newest first, each entry with the pages it touched (content/changes.json). */
export async function ChangesView({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Changes'});
  return (
    <article className="entry changes">
      <header className="entry-header">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>
      <div className="prose">
        {changes.map((c) => (
          <section key={c.id} id={c.id} aria-labelledby={`${c.id}-title`}>
            <h2 id={`${c.id}-title`}>{c.title[locale]}</h2>
            <p className="entry-meta">
              <time dateTime={c.date}>{formatDate(c.date, locale)}</time>
            </p>
            <p>{c.text[locale]}</p>
            <p>{t('pages')}</p>
            <ul>
              {c.pages.map((id) => {
                const entry = findById(locale, id);
                if (!entry)
                  throw new Error(
                    `content/changes.json: the entry ${c.id} names the page "${id}", which does not exist in ${locale}`
                  );
                return (
                  <li key={id}>
                    <a href={entry.href}>{entry.title}</a>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </article>
  );
}
