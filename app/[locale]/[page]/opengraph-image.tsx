import {notFound} from 'next/navigation';
import type {Locale} from '@/i18n/routing';
import {sitePageText} from '@/components/SitePageView';
import {findTopLevel, topLevelParams, withLocales} from '@/lib/pages';
import {renderShareImage, shareImageSize, shareImageType} from '@/lib/share-image';
import {site} from '@/lib/site';

// Share image metadata (og:image with alt text in the page's language) comes from lib/metadata.ts.
export const size = shareImageSize;
export const contentType = shareImageType;

export function generateStaticParams() {
  return withLocales(topLevelParams);
}

export default async function Image({params}: {params: Promise<{locale: Locale; page: string}>}) {
  const {locale, page} = await params;
  const found = findTopLevel(locale, page);
  if (!found) notFound();
  const {title} = await sitePageText(found, locale);
  return renderShareImage({locale, title, label: site.name[locale]});
}
