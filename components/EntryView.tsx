import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {pageHref, related, type Entry} from '@/lib/content';
import {formatDate} from '@/lib/format';
import {absoluteUrl} from '@/lib/metadata';
import {ContentBody} from '@/components/mdx';
import {HotlineCard} from '@/components/HotlineCard';
import {EntryList} from '@/components/EntryList';
import {HotlineNumbers} from '@/components/HotlineNumbers';
import {Share} from '@/components/share/Share';
import {discreetHref} from '@/lib/pages';

/** An article, guide or core page: header, body, and for articles and guides share, related and hotlines. */
export async function EntryView({entry, locale}: {entry: Entry; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Content'});
  const audience = await getTranslations({locale, namespace: 'Audience'});
  const isArticle = entry.kind !== 'page';
  const more = isArticle ? related(entry) : [];
  const print = await getTranslations({locale, namespace: 'Print'});
  const discreet = await getTranslations({locale, namespace: 'Discreet'});
  // The printout's endnotes: every link to another site, in the order the page shows them (the
  // source first). Print styles number the links with a counter in the same order (globals.css).
  const endnotes = [
    ...(entry.source?.url ? [{href: entry.source.url, text: entry.source.title}] : []),
    ...entry.externalLinks
  ];
  return (
    <article
      className={`entry entry-${entry.kind}`}
      // For search results (components/search/): what kind of page, and for whom.
      data-pagefind-meta="kind[data-kind], audience[data-audience]"
      data-kind={t(entry.kind === 'guide' ? 'kindGuide' : entry.kind === 'article' ? 'kindArticle' : 'kindPage')}
      data-audience={audience(entry.audience)}
    >
      <header className="entry-header">
        <h1>{entry.title}</h1>
        {isArticle ? (
          <p className="entry-meta">
            {t('published')} <time dateTime={entry.published}>{formatDate(entry.published, locale)}</time>
            {entry.updated ? (
              <>
                {' · '}
                {t('updated')} <time dateTime={entry.updated}>{formatDate(entry.updated, locale)}</time>
              </>
            ) : null}
            {' · '}
            {t('readingTime', {minutes: entry.readingMinutes})}
            {' · '}
            {t('forAudience', {audience: audience(entry.audience)})}
          </p>
        ) : null}
        {entry.source ? (
          <p className="entry-source">
            {t('sourceIntro')}{' '}
            {entry.source.url ? (
              <a href={entry.source.url} rel="noreferrer" data-endnote="">
                {entry.source.title}
              </a>
            ) : (
              <cite>{entry.source.title}</cite>
            )}
            , {entry.source.organization}
            {entry.source.date ? ` (${formatDate(entry.source.date, locale)})` : ''}.
          </p>
        ) : null}
        {/* On paper the numbers come first, on page 1; on screen the hotline cards follow the text. */}
        <aside className="print-only print-hotlines" aria-label={print('hotlines')}>
          <p className="print-hotlines-title">{print('hotlines')}</p>
          <HotlineNumbers locale={locale} />
        </aside>
      </header>

      <div className="prose">
        <ContentBody source={entry.body} locale={locale} />
      </div>

      {isArticle ? (
        <>
          <Share
            locale={locale}
            url={absoluteUrl(entry.href)}
            discreetUrl={absoluteUrl(discreetHref(entry))}
            title={entry.title}
            discreetTitle={discreet('title')}
          />
          <section aria-labelledby="entry-hotlines" className="entry-hotlines" data-pagefind-ignore="">
            <h2 id="entry-hotlines">{t('hotlinesTitle')}</h2>
            <div className="hotline-grid">
              <HotlineCard id="human-trafficking" locale={locale} compact />
              <HotlineCard id="domestic-violence" locale={locale} compact />
            </div>
            <p>
              <a href={pageHref(locale, 'get-help')}>{t('allHotlines')}</a>
            </p>
          </section>
          {more.length ? (
            <section aria-labelledby="entry-related" className="entry-related" data-pagefind-ignore="">
              <h2 id="entry-related">{t('related')}</h2>
              <EntryList entries={more} locale={locale} headingLevel={3} />
            </section>
          ) : null}
        </>
      ) : null}

      {endnotes.length ? (
        <section className="print-only endnotes" aria-label={print('links')}>
          <p className="endnotes-title">{print('links')}</p>
          <ol>
            {endnotes.map((note, i) => (
              <li key={i}>
                {note.text}: <span className="endnote-url">{note.href}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
