import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {fixedPaths, pageHref, related, type Entry} from '@/lib/content';
import {WorldFactReviews} from '@/components/facts/Facts';
import {formatDate} from '@/lib/format';
import {absoluteUrl} from '@/lib/metadata';
import {ContentBody} from '@/components/mdx';
import {HotlineCard, HotlineStrip} from '@/components/HotlineCard';
import {searchTerms} from '@/components/search/search-terms';
import {EntryList} from '@/components/EntryList';
import {HotlineNumbers} from '@/components/HotlineNumbers';
import {Share} from '@/components/share/Share';
import {discreetHref} from '@/lib/pages';

/** The ids of the recorded facts a text shows with <Fact id="…" />, in order, once each. */
const factIdsIn = (body: string) => [...new Set([...body.matchAll(/<Fact\s+id="([^"]+)"/g)].map((m) => m[1]))];

/** An article, guide or core page: header, body, and for articles and guides share, related and hotlines. */
export async function EntryView({entry, locale}: {entry: Entry; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Content'});
  const audience = await getTranslations({locale, namespace: 'Audience'});
  const isArticle = entry.kind !== 'page';
  const more = isArticle ? related(entry) : [];
  // Sources are in English unless they say otherwise: their titles are read in their own language.
  const sourceLang = entry.source?.language ?? 'en';
  const print = await getTranslations({locale, namespace: 'Print'});
  const discreet = await getTranslations({locale, namespace: 'Discreet'});
  const facts = await getTranslations({locale, namespace: 'Facts'});
  const exit = await getTranslations({locale, namespace: 'QuickExit'});
  // The printout's endnotes: every link to another site, in the order the page shows them (the
  // source after the text). Print styles number the links with a counter in the same order (globals.css).
  const endnotes = [
    ...entry.externalLinks,
    ...(entry.source?.url ? [{href: entry.source.url, text: entry.source.title}] : [])
  ];
  return (
    <article
      // The myths page lays out each myth and its fact as a pair (globals.css: .myths).
      className={`entry entry-${entry.kind}${entry.id === 'myths-and-facts' ? ' myths' : ''}`}
      // For search results (components/search/): what kind of page, and for whom.
      data-pagefind-meta="kind[data-kind], audience[data-audience]"
      data-kind={t(entry.kind === 'guide' ? 'kindGuide' : entry.kind === 'article' ? 'kindArticle' : 'kindPage')}
      data-audience={audience(entry.audience)}
    >
      <header className="entry-header">
        <h1>{entry.title}</h1>
        {isArticle ? (
          <p className="entry-meta">
            {/* The date that matters to a reader: when the page last changed. */}
            {t(entry.updated ? 'updated' : 'published')}{' '}
            <time dateTime={entry.updated ?? entry.published}>
              {formatDate(entry.updated ?? entry.published, locale, 'short')}
            </time>
            {' · '}
            {t('readingTime', {minutes: entry.readingMinutes})}
            {' · '}
            {t('forAudience', {audience: audience(entry.audience)})}
          </p>
        ) : null}
        {/* On paper the numbers come first, on page 1; on screen the hotline cards follow the text. */}
        <aside className="print-only print-hotlines" aria-label={print('hotlines')}>
          <p className="print-hotlines-title">{print('hotlines')}</p>
          <HotlineNumbers locale={locale} />
        </aside>
      </header>

      {/* Calling before caution: on get-help every way to reach the main lines comes first, before
          any warning in the text; the call-log line is said once, there. */}
      {entry.id === 'get-help' ? (
        <HotlineStrip ids={['human-trafficking', 'domestic-violence', 'emergency']} locale={locale} label={t('hotlinesTitle')} />
      ) : null}
      <div className="prose">
        <ContentBody
          source={entry.body}
          locale={locale}
          callLog={!isArticle && entry.id !== 'get-help'}
          // On articles and guides, one line to call right after the first paragraph.
          afterFirstParagraph={
            isArticle ? <HotlineStrip ids={['human-trafficking']} locale={locale} label={t('hotlinesTitle')} /> : undefined
          }
        />
      </div>

      {searchTerms[entry.id] ? <p hidden>{searchTerms[entry.id][locale]}</p> : null}
      {/* What the exit cannot undo, said where the exit is explained (components/quick-exit/README.md). */}
      {entry.id === 'quick-exit' ? <p className="callout forward-caveat">{exit('forwardCaveat')}</p> : null}

      {entry.source ? (
        <p className="entry-source">
          {t('sourceIntro')}{' '}
          {entry.source.url ? (
            <a
              href={entry.source.url}
              rel="noreferrer"
              lang={sourceLang === locale ? undefined : sourceLang}
              data-endnote=""
            >
              {entry.source.title}
            </a>
          ) : (
            <cite lang={sourceLang === locale ? undefined : sourceLang}>{entry.source.title}</cite>
          )}
          , {entry.source.organization}
          {entry.source.date ? ` (${formatDate(entry.source.date, locale)})` : ''}.
        </p>
      ) : null}

      <WorldFactReviews ids={factIdsIn(entry.body)} locale={locale} />
      {entry.reviewed ? (
        <p className="entry-reviewed" data-reviewed={entry.reviewed}>
          {facts.rich('pageReviewed', {
            date: formatDate(entry.reviewed, locale),
            changes: (chunks) => <a href={fixedPaths(locale).changes}>{chunks}</a>
          })}
        </p>
      ) : null}

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
              <HotlineCard id="human-trafficking" locale={locale} compact callLog={false} />
              <HotlineCard id="domestic-violence" locale={locale} compact callLog={false} />
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
