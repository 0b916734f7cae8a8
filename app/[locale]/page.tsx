import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {routing, otherLocale, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import {CallLogNote, HotlineCard} from '@/components/HotlineCard';
import {EntryList} from '@/components/EntryList';
import {entriesOf, findById, fixedPaths, pageHref} from '@/lib/content';
import {pageMetadata} from '@/lib/metadata';

type Props = PageProps<'/[locale]'>;

/** Survivor pages linked right after "What is trafficking", when they exist. */
const firstReads = ['signs-of-trafficking', 'rights-and-options'];

/** The home page shows the newest few of each kind, so it stays light however many there are. */
const HOME_LIST_SIZE = 4;

const homePaths = Object.fromEntries(routing.locales.map((l) => [l, fixedPaths(l).home])) as Record<Locale, string>;

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({locale, namespace: 'Home'});
  return {
    ...pageMetadata({locale, paths: homePaths, title: t('title'), description: t('description'), imageAlt: t('title')}),
    title: {absolute: t('title')}
  };
}

export default async function HomePage({params}: Props) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({locale, namespace: 'Home'});
  const nav = await getTranslations({locale, namespace: 'Nav'});
  const kind = await getTranslations({locale, namespace: 'Content'});
  const reads = firstReads.map((id) => findById(locale, id)).filter((entry) => entry !== undefined);
  return (
    <PageFrame locale={locale} otherHref={homePaths[otherLocale(locale)]}>
      <h1 data-pagefind-meta={`kind:${kind('kindPage')}`}>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>

      <section aria-labelledby="help-now" className="help-now">
        <h2 id="help-now">{t('helpNow')}</h2>
        <p>{t('helpNowText')}</p>
        <div className="hotline-grid">
          <HotlineCard id="human-trafficking" locale={locale} callLog={false} facts={false} />
          <HotlineCard id="domestic-violence" locale={locale} callLog={false} facts={false} />
        </div>
        <CallLogNote locale={locale} />
        <p>
          <a href={pageHref(locale, 'get-help')}>{t('allHotlines')}</a>
        </p>
      </section>

      <section aria-labelledby="what-is">
        <h2 id="what-is">{t('whatIs')}</h2>
        <p>{t('whatIsText')}</p>
        <p>{t('whatIsUn')}</p>
        <ol>
          <li>{t('unAction')}</li>
          <li>{t('unMeans')}</li>
          <li>{t('unPurpose')}</li>
        </ol>
        <p className="small">{t('whatIsSource')}</p>
        {reads.length ? (
          <ul>
            {reads.map((entry) => (
              <li key={entry.id}>
                <a href={entry.href}>{entry.title}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="safety-first" className="callout callout-safety">
        <h2 id="safety-first">{t('safetyTitle')}</h2>
        <p>{t('safetyText')}</p>
        <ul>
          <li>
            <a href={pageHref(locale, 'browse-safely')}>{nav('browseSafely')}</a>
          </li>
          <li>
            <a href={pageHref(locale, 'quick-exit')}>{nav('quickExit')}</a>
          </li>
        </ul>
      </section>

      {/* The lists repeat other pages' descriptions: kept out of the search index. Survivors' articles first. */}
      <section aria-labelledby="articles" data-pagefind-ignore="">
        <h2 id="articles">{nav('articles')}</h2>
        <EntryList entries={entriesOf(locale, 'article').slice(0, HOME_LIST_SIZE)} locale={locale} headingLevel={3} />
        <p>
          <a href={fixedPaths(locale).articles}>{t('learnMore')}: {nav('articles')}</a>
        </p>
      </section>

      <section aria-labelledby="guides" data-pagefind-ignore="">
        <h2 id="guides">{nav('guides')}</h2>
        <EntryList entries={entriesOf(locale, 'guide').slice(0, HOME_LIST_SIZE)} locale={locale} headingLevel={3} />
        <p>
          <a href={fixedPaths(locale).guides}>{t('learnMore')}: {nav('guides')}</a>
        </p>
      </section>
    </PageFrame>
  );
}
