import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import type {Locale} from '@/i18n/routing';
import {SitePageScreen, sitePageMetadata} from '@/components/SitePageView';
import {ContentProblemsScreen} from '@/components/preview/ContentProblems';
import {previewProblems} from '@/lib/content';
import {findTopLevel, topLevelParams} from '@/lib/pages';

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
  return sitePageMetadata(found, locale);
}

export default async function Page({params}: Props) {
  const {locale, found} = await resolve(params);
  if (!found) {
    // Preview only: a file with problems shows them here instead of its page.
    const problems = previewProblems(locale, (await params).page);
    if (problems.length) return <ContentProblemsScreen locale={locale} problems={problems} />;
    notFound();
  }
  return <SitePageScreen page={found} locale={locale} />;
}
