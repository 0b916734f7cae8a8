import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';
import {renderShareImage, shareImageSize, shareImageType} from '@/lib/share-image';
import {site} from '@/lib/site';

// Share image metadata (og:image with alt text in the page's language) comes from lib/metadata.ts.
export const size = shareImageSize;
export const contentType = shareImageType;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({locale}));
}

async function title(locale: Locale) {
  const t = await getTranslations({locale, namespace: 'Home'});
  return t('title');
}

export default async function Image({params}: {params: Promise<{locale: Locale}>}) {
  const {locale} = await params;
  return renderShareImage({locale, title: await title(locale), label: site.name[locale]});
}
