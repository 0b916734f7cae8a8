import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations} from 'next-intl/server';
import {otherLocale, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import {EntryView} from '@/components/EntryView';
import {IndexView} from '@/components/IndexView';
import {entriesOf} from '@/lib/content';
import {findTopLevel, pathsOf, topLevelParams} from '@/lib/pages';
import {pageMetadata} from '@/lib/metadata';

/** /es/ayuda, /en/get-help ... (core pages) and /es/articulos, /en/guides ... (indexes). */

type Props = PageProps<'/[locale]/[page]'>;

// Unknown addresses get app/global-not-found.tsx, which is prerendered too.
export const dynamicParams = false;

export function generateStaticParams({params}: {params: {locale: string}}) {
  return topLevelParams(params.locale as Locale);
}

async function resolve(params: Props['params']) {
  const {locale: raw, page} = await params;
  const locale = raw as Locale;
  const found = findTopLevel(locale, page);
  if (!found) return undefined;
  const t = await getTranslations({locale, namespace: 'Content'});
  const key = found.type === 'index' ? (found.kind === 'article' ? 'articles' : 'guides') : undefined;
  const title = key ? t(`${key}Title`) : found.type === 'entry' ? found.entry.title : '';
  const description = key ? t(`${key}Description`) : found.type === 'entry' ? found.entry.description : '';
  return {locale, found, title, description, paths: pathsOf(found)};
}

// An unknown page gets no metadata here: notFound() belongs in the page, where the
// localized not-found boundary catches it (thrown from metadata, it would not be).
export async function generateMetadata({params}: Props): Promise<Metadata> {
  const resolved = await resolve(params);
  if (!resolved) return {};
  const {locale, title, description, paths} = resolved;
  return pageMetadata({locale, paths, title, description, imageAlt: title});
}

export default async function Page({params}: Props) {
  const resolved = await resolve(params);
  if (!resolved) notFound();
  const {locale, found, title, description, paths} = resolved;
  return (
    <PageFrame locale={locale} otherHref={paths[otherLocale(locale)]}>
      {found.type === 'index' ? (
        <IndexView locale={locale} title={title} description={description} entries={entriesOf(locale, found.kind)} />
      ) : (
        <EntryView entry={found.entry} locale={locale} />
      )}
    </PageFrame>
  );
}
