import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {routing, otherLocale, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import {EntryView} from '@/components/EntryView';
import {counterpart, entriesOf, findEntry, sections, type Entry} from '@/lib/content';
import {pageMetadata} from '@/lib/metadata';

/** /es/articulos/<slug>, /en/guides/<slug> ...: articles and guides. */

type Props = PageProps<'/[locale]/[page]/[slug]'>;

export const dynamicParams = false;

export function generateStaticParams({params}: {params: {locale: string}}) {
  const locale = params.locale as Locale;
  return entriesOf(locale)
    .filter((e) => e.kind !== 'page')
    .map((e) => ({page: sections[e.kind as keyof typeof sections][locale], slug: e.slug}));
}

async function resolve(params: Props['params']): Promise<{locale: Locale; entry: Entry}> {
  const {locale: raw, page, slug} = await params;
  const locale = raw as Locale;
  const kind = (Object.keys(sections) as (keyof typeof sections)[]).find((k) => sections[k][locale] === page);
  const entry = kind && findEntry(locale, kind, slug);
  if (!entry) notFound();
  return {locale, entry};
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale, entry} = await resolve(params);
  const paths = Object.fromEntries(routing.locales.map((l) => [l, counterpart(entry, l).href])) as Record<Locale, string>;
  return pageMetadata({
    locale,
    paths,
    title: entry.title,
    description: entry.description,
    type: 'article',
    imageAlt: entry.title,
    published: entry.published,
    modified: entry.updated ?? entry.published
  });
}

export default async function ArticlePage({params}: Props) {
  const {locale, entry} = await resolve(params);
  return (
    <PageFrame locale={locale} otherHref={counterpart(entry, otherLocale(locale)).href}>
      <EntryView entry={entry} locale={locale} />
    </PageFrame>
  );
}
