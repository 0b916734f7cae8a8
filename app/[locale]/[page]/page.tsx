import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {otherLocale, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import {SitePageView, sitePageText} from '@/components/SitePageView';
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
  const {locale, page} = await params;
  return {locale: locale as Locale, found: findTopLevel(locale as Locale, page)};
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale, found} = await resolve(params);
  if (!found) return {};
  const {title, description} = await sitePageText(found, locale);
  return pageMetadata({locale, paths: pathsOf(found), title, description, imageAlt: title});
}

export default async function Page({params}: Props) {
  const {locale, found} = await resolve(params);
  if (!found) notFound();
  return (
    <PageFrame locale={locale} otherHref={pathsOf(found)[otherLocale(locale)]}>
      <SitePageView page={found} locale={locale} />
    </PageFrame>
  );
}
