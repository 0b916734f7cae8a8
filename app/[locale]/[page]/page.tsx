import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations} from 'next-intl/server';
import {routing, otherLocale, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import {EntryView} from '@/components/EntryView';
import {IndexView} from '@/components/IndexView';
import {counterpart, entriesOf, findEntry, sections} from '@/lib/content';
import {pageMetadata} from '@/lib/metadata';

/** /es/ayuda, /en/get-help ... (core pages) and /es/articulos, /en/guides ... (indexes). */

type Props = PageProps<'/[locale]/[page]'>;
type IndexKind = keyof typeof sections;

export const dynamicParams = false;

export function generateStaticParams({params}: {params: {locale: string}}) {
  const locale = params.locale as Locale;
  return [
    ...Object.values(sections).map((s) => ({page: s[locale]})),
    ...entriesOf(locale, 'page').map((e) => ({page: e.slug}))
  ];
}

function indexKind(locale: Locale, page: string): IndexKind | undefined {
  return (Object.keys(sections) as IndexKind[]).find((k) => sections[k][locale] === page);
}

const indexPaths = (kind: IndexKind) =>
  Object.fromEntries(routing.locales.map((l) => [l, `/${l}/${sections[kind][l]}`])) as Record<Locale, string>;

async function resolve(params: Props['params']) {
  const {locale: raw, page} = await params;
  const locale = raw as Locale;
  const kind = indexKind(locale, page);
  if (kind) {
    const t = await getTranslations({locale, namespace: 'Content'});
    const key = kind === 'article' ? 'articles' : 'guides';
    return {
      locale,
      index: {kind, title: t(`${key}Title`), description: t(`${key}Description`), paths: indexPaths(kind)}
    } as const;
  }
  const entry = findEntry(locale, 'page', page);
  if (!entry) notFound();
  return {locale, entry} as const;
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const r = await resolve(params);
  if (r.index) {
    return pageMetadata({locale: r.locale, paths: r.index.paths, title: r.index.title, description: r.index.description, imageAlt: r.index.title});
  }
  const paths = Object.fromEntries(routing.locales.map((l) => [l, counterpart(r.entry, l).href])) as Record<Locale, string>;
  return pageMetadata({locale: r.locale, paths, title: r.entry.title, description: r.entry.description, imageAlt: r.entry.title});
}

export default async function Page({params}: Props) {
  const r = await resolve(params);
  const other = otherLocale(r.locale);
  if (r.index) {
    return (
      <PageFrame locale={r.locale} otherHref={r.index.paths[other]}>
        <IndexView locale={r.locale} title={r.index.title} description={r.index.description} entries={entriesOf(r.locale, r.index.kind)} />
      </PageFrame>
    );
  }
  return (
    <PageFrame locale={r.locale} otherHref={counterpart(r.entry, other).href}>
      <EntryView entry={r.entry} locale={r.locale} />
    </PageFrame>
  );
}
