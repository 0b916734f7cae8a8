import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {EntryView} from '@/components/EntryView';
import {IndexView} from '@/components/IndexView';
import {indexPageCount, indexPageEntries, indexPagePath, type SitePage} from '@/lib/pages';

/** Title and description of any page: an entry's own, or an index's from the UI strings. */
export async function sitePageText(page: SitePage, locale: Locale) {
  if (page.type === 'entry') return {title: page.entry.title, description: page.entry.description};
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
