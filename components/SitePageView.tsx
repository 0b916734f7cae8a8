import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {otherLocale, type Locale} from '@/i18n/routing';
import {EntryView} from '@/components/EntryView';
import {IndexView} from '@/components/IndexView';
import {PageFrame} from '@/components/PageFrame';
import {Search} from '@/components/search/Search';
import {NumbersCard} from '@/components/NumbersCard';
import {ChangesView} from '@/components/ChangesView';
import {DirectoryList, PlacePage} from '@/components/directory/Directory';
import {indexPageCount, indexPageEntries, indexPagePath, pathsOf, type SitePage} from '@/lib/pages';
import {pageMetadata} from '@/lib/metadata';

/**
 * A whole page (index or entry) inside the site's frame, with the switch to its counterpart.
 * `otherHref` replaces that switch's target (a discreet page switches to the other discreet page).
 * Only an entry's own address (and a place of the directory) goes into the search index, never a discreet copy.
 */
export function SitePageScreen({
  page,
  locale,
  otherHref,
  searchable = page.type === 'entry' || page.type === 'place'
}: {
  page: SitePage;
  locale: Locale;
  otherHref?: string;
  searchable?: boolean;
}) {
  return (
    <PageFrame locale={locale} otherHref={otherHref ?? pathsOf(page)[otherLocale(locale)]} searchable={searchable}>
      <SitePageView page={page} locale={locale} />
    </PageFrame>
  );
}

export async function sitePageMetadata(page: SitePage | undefined, locale: Locale): Promise<Metadata> {
  if (!page) return {};
  const {title, description} = await sitePageText(page, locale);
  const entry = page.type === 'entry' && page.entry.kind !== 'page' ? page.entry : undefined;
  return pageMetadata({
    locale,
    paths: pathsOf(page),
    title,
    description,
    imageAlt: title,
    ...(entry ? {type: 'article', published: entry.published, modified: entry.updated ?? entry.published} : {})
  });
}

/** Title and description of any page: an entry's own, or an index's from the UI strings. */
export async function sitePageText(page: SitePage, locale: Locale) {
  if (page.type === 'entry') return {title: page.entry.title, description: page.entry.description};
  if (page.type === 'search') {
    const search = await getTranslations({locale, namespace: 'Search'});
    return {title: search('title'), description: search('intro')};
  }
  if (page.type === 'card') {
    const card = await getTranslations({locale, namespace: 'Card'});
    return {title: card('title'), description: card('description')};
  }
  if (page.type === 'changes') {
    const changes = await getTranslations({locale, namespace: 'Changes'});
    return {title: changes('title'), description: changes('description')};
  }
  if (page.type === 'directory' || page.type === 'place') {
    const t = await getTranslations({locale, namespace: 'Directory'});
    if (page.type === 'directory') return {title: t('title'), description: t('description')};
    const place = page.place.name[locale];
    return {title: t('placeTitle', {place}), description: t('placeDescription', {place})};
  }
  const t = await getTranslations({locale, namespace: 'Content'});
  const key = page.kind === 'article' ? 'articles' : 'guides';
  const title = t(`${key}Title`);
  return {
    title: page.number === 1 ? title : t('pageNumber', {title, number: page.number}),
    description: t(`${key}Description`)
  };
}

export async function SitePageView({page, locale}: {page: SitePage; locale: Locale}) {
  if (page.type === 'entry') return <EntryView entry={page.entry} locale={locale} />;
  if (page.type === 'search') return <Search locale={locale} />;
  if (page.type === 'card') return <NumbersCard locale={locale} />;
  if (page.type === 'changes') return <ChangesView locale={locale} />;
  if (page.type === 'directory') return <DirectoryList locale={locale} />;
  if (page.type === 'place') return <PlacePage place={page.place} locale={locale} />;
  const {title, description} = await sitePageText(page, locale);
  const count = indexPageCount(locale, page.kind);
  return (
    <IndexView
      locale={locale}
      title={title}
      description={description}
      entries={indexPageEntries(locale, page.kind, page.number)}
      pages={Array.from({length: count}, (_, i) => ({number: i + 1, href: indexPagePath(locale, page.kind, i + 1)}))}
      current={page.number}
    />
  );
}
