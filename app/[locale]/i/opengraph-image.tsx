import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';
import {renderDiscreetImage, shareImageSize, shareImageType} from '@/lib/share-image';

// The one neutral share image of each language, for every discreet address /es/i/<code>
// (their metadata points here: discreetMetadata in lib/metadata.ts).
export const size = shareImageSize;
export const contentType = shareImageType;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({locale}));
}

export default async function Image({params}: {params: Promise<{locale: Locale}>}) {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Discreet'});
  return renderDiscreetImage({title: t('title')});
}
