import {Feed} from 'feed';
import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';
import {entriesOf, fixedPaths, lastModified} from '@/lib/content';
import {absoluteUrl} from '@/lib/metadata';
import {site} from '@/lib/site';
import {changes} from '@/lib/changes';

/** An RSS feed of the articles and guides and of what changed on the site (content/changes.json), one per language, made at build time. */

export const dynamic = 'force-static';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({locale}));
}

export async function GET(_request: Request, {params}: {params: Promise<{locale: string}>}) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({locale, namespace: 'Home'});
  const items = entriesOf(locale).filter((e) => e.kind !== 'page');
  const newest = [...items.map(lastModified), ...changes.map((c) => c.date)].sort().at(-1);
  const feed = new Feed({
    id: absoluteUrl(fixedPaths(locale).home),
    link: absoluteUrl(fixedPaths(locale).home),
    title: site.name[locale],
    description: t('description'),
    language: locale,
    copyright: site.name[locale],
    updated: newest ? new Date(`${newest}T00:00:00Z`) : undefined,
    generator: site.name[locale],
    feedLinks: {rss: absoluteUrl(`/${locale}/feed.xml`)}
  });
  for (const e of items) {
    feed.addItem({
      title: e.title,
      id: absoluteUrl(e.href),
      link: absoluteUrl(e.href),
      description: e.description,
      date: new Date(`${lastModified(e)}T00:00:00Z`),
      published: new Date(`${e.published}T00:00:00Z`)
    });
  }
  // Corrections reach people who follow the site, not only those who come back to a page.
  for (const c of changes) {
    const link = absoluteUrl(`${fixedPaths(locale).changes}#${c.id}`);
    feed.addItem({
      title: c.title[locale],
      id: link,
      link,
      description: c.text[locale],
      date: new Date(`${c.date}T00:00:00Z`)
    });
  }
  feed.items.sort((a, b) => b.date.getTime() - a.date.getTime());
  return new Response(feed.rss2(), {headers: {'Content-Type': 'application/rss+xml; charset=utf-8'}});
}
