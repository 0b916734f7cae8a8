import {getTranslations} from 'next-intl/server';
import {otherLocale, type Locale} from '@/i18n/routing';
import {entriesOf, fixedPaths, topics, type Topic} from '@/lib/content';
import {HotlineCard} from '@/components/HotlineCard';
import {SiteScript} from '@/components/SiteScript';
import {armSearch, type SearchStrings} from './search-script';

/** Where the build puts the search index and Pagefind's script (site/postexport.mjs). */
export const searchBundle = '/pagefind/pagefind.js';

/**
 * The search page: a search box that works in the browser only (Pagefind, search-script.ts), and
 * under it every page of the site by topic, which is all a reader without JavaScript gets, with a
 * line saying why. Nothing typed is ever sent: the form has no action and its field no name.
 */
export async function Search({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Search'});
  const content = await getTranslations({locale, namespace: 'Content'});
  const other = otherLocale(locale);
  const strings: SearchStrings = {
    forAudience: content('forAudience', {audience: '#'}),
    results: t('results', {count: '#'}),
    oneResult: t('oneResult'),
    none: t('none'),
    searching: t('searching'),
    failed: t('failed')
  };
  const byTopic = (Object.keys(topics) as Topic[])
    .map((topic) => ({topic, entries: entriesOf(locale).filter((e) => e.topics.includes(topic))}))
    .filter((group) => group.entries.length);
  return (
    <>
      <h1>{t('title')}</h1>
      <section id="search" className="search" aria-labelledby="search-label" data-search-page="">
        <p className="lead">{t('intro')}</p>
        {/* suppressHydrationWarning: the search script swaps these two before the preview's React
            (npm run dev only) looks at them; the built site has no React. */}
        <p data-search-needs-js="" suppressHydrationWarning>{t('needsJavaScript')}</p>
        <form role="search" className="search-form" hidden suppressHydrationWarning>
          <label id="search-label" htmlFor="search-words">
            {t('label')}
          </label>
          <div className="search-row">
            <input id="search-words" type="search" autoComplete="off" spellCheck={false} maxLength={200} enterKeyHint="search" />
            <button type="submit" className="button">
              {t('submit')}
            </button>
          </div>
          <p className="small">{t('privacy')}</p>
        </form>
        <p role="status" className="search-status" />
        <ol className="search-results" data-search-results="" />
        <div data-search-none="" hidden>
          <p>{t('noneHelp')}</p>
          <HotlineCard id="human-trafficking" locale={locale} compact headingLevel={2} />
        </div>
        <p>
          <a href={fixedPaths(other).search} hrefLang={other} lang={other}>
            {t('otherLanguage')}
          </a>
        </p>
        <SiteScript source={`(${armSearch.toString()})(document.getElementById("search"),${JSON.stringify(strings)},${JSON.stringify(searchBundle)})`} />
      </section>
      <section aria-labelledby="by-topic">
        <h2 id="by-topic">{t('byTopic')}</h2>
        {byTopic.map(({topic, entries}) => (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h3 id={`topic-${topic}`}>{topics[topic][locale]}</h3>
            <ul>
              {entries.map((e) => (
                <li key={e.id}>
                  <a href={e.href}>{e.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </>
  );
}
