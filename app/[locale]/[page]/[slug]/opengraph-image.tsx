import {notFound} from 'next/navigation';
import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {sitePageText} from '@/components/SitePageView';
import {findSubPage, subPageParams, withLocales} from '@/lib/pages';
import {renderShareImage, shareImageSize, shareImageType} from '@/lib/share-image';
import {site} from '@/lib/site';

// Share image metadata (og:image with alt text in the page's language) comes from lib/metadata.ts.
export const size = shareImageSize;
export const contentType = shareImageType;

export function generateStaticParams() {
  return withLocales(subPageParams);
}

export default async function Image({params}: {params: Promise<{locale: Locale; page: string; slug: string}>}) {
  const {locale, page, slug} = await params;
  const found = findSubPage(locale, page, slug);
  if (!found) notFound();
  const t = await getTranslations({locale, namespace: 'Content'});
  const {title} = await sitePageText(found, locale);
  const label = found.type === 'entry' ? t(found.entry.kind === 'guide' ? 'kindGuide' : 'kindArticle') : site.name[locale];
  return renderShareImage({locale, title, label});
}
