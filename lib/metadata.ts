import type {Metadata} from 'next';
import {routing, type Locale} from '@/i18n/routing';
import {site} from './site';
import {shareImageSize, shareImageType} from './share-image';

/**
 * The metadata of every page, built in one place: title, description, canonical,
 * hreflang alternates (es, en, x-default) and the Open Graph / Twitter card.
 * `paths` gives the page's address in each language.
 */
export function pageMetadata({
  locale,
  paths,
  title,
  description,
  type = 'website',
  imageAlt,
  published,
  modified
}: {
  locale: Locale;
  paths: Record<Locale, string>;
  title: string;
  description: string;
  type?: 'website' | 'article';
  imageAlt: string;
  published?: string;
  modified?: string;
}): Metadata {
  const url = absoluteUrl(paths[locale]);
  const ogLocale = {es: 'es_US', en: 'en_US'} as const;
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: {
        ...Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(paths[l])])),
        'x-default': absoluteUrl(paths[routing.defaultLocale])
      },
      types: {'application/rss+xml': absoluteUrl(`/${locale}/feed.xml`)}
    },
    openGraph: {
      type,
      url,
      title,
      description,
      siteName: site.name[locale],
      locale: ogLocale[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      ...(type === 'article' ? {publishedTime: published, modifiedTime: modified} : {}),
      // Made at build by the opengraph-image.tsx beside each page (lib/share-image.tsx).
      images: [{url: absoluteUrl(`${paths[locale]}/opengraph-image`), alt: imageAlt, ...shareImageSize, type: shareImageType}]
    },
    twitter: {card: 'summary_large_image', title, description}
  };
}

export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}
