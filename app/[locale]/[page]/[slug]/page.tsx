import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {otherLocale, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import {EntryView} from '@/components/EntryView';
import {articleParams, findArticle, pathsOf} from '@/lib/pages';
import {pageMetadata} from '@/lib/metadata';

/** /es/articulos/<slug>, /en/guides/<slug> ...: articles and guides. */

type Props = PageProps<'/[locale]/[page]/[slug]'>;

// Unknown addresses get app/global-not-found.tsx, which is prerendered too.
export const dynamicParams = false;

export function generateStaticParams({params}: {params: {locale: string}}) {
  return articleParams(params.locale as Locale);
}

async function resolve(params: Props['params']) {
  const {locale: raw, page, slug} = await params;
  const locale = raw as Locale;
  return {locale, entry: findArticle(locale, page, slug)};
}

// notFound() belongs in the page, where the localized not-found boundary catches it.
export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale, entry} = await resolve(params);
  if (!entry) return {};
  return pageMetadata({
    locale,
    paths: pathsOf(entry),
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
  if (!entry) notFound();
  return (
    <PageFrame locale={locale} otherHref={pathsOf(entry)[otherLocale(locale)]}>
      <EntryView entry={entry} locale={locale} />
    </PageFrame>
  );
}
