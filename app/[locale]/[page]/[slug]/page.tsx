import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {otherLocale, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import {SitePageView, sitePageText} from '@/components/SitePageView';
import {findSubPage, pathsOf, subPageParams} from '@/lib/pages';
import {pageMetadata} from '@/lib/metadata';

/** /es/articulos/<slug>, /en/guides/<slug> ...: articles and guides, and pages 2, 3 ... of the indexes. */

type Props = PageProps<'/[locale]/[page]/[slug]'>;

// Unknown addresses get app/global-not-found.tsx, which is prerendered too.
export const dynamicParams = false;

export function generateStaticParams({params}: {params: {locale: string}}) {
  return subPageParams(params.locale as Locale);
}

async function resolve(params: Props['params']) {
  const {locale, page, slug} = await params;
  return {locale: locale as Locale, found: findSubPage(locale as Locale, page, slug)};
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale, found} = await resolve(params);
  if (!found) return {};
  const {title, description} = await sitePageText(found, locale);
  const entry = found.type === 'entry' && found.entry.kind !== 'page' ? found.entry : undefined;
  return pageMetadata({
    locale,
    paths: pathsOf(found),
    title,
    description,
    imageAlt: title,
    ...(entry ? {type: 'article', published: entry.published, modified: entry.updated ?? entry.published} : {})
  });
}

export default async function SubPage({params}: Props) {
  const {locale, found} = await resolve(params);
  if (!found) notFound();
  return (
    <PageFrame locale={locale} otherHref={pathsOf(found)[otherLocale(locale)]}>
      <SitePageView page={found} locale={locale} />
    </PageFrame>
  );
}
