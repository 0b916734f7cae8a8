import type {Metadata} from 'next';
import {routing, type Locale} from '@/i18n/routing';
import {site} from './site';
import {shareImageSize, shareImageType} from './share-image';
import {discreetSegment} from './content/paths';

const ogLocale = {es: 'es_US', en: 'en_US'} as const;

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

/**
 * The metadata of a discreet address (/es/i/<code>): a neutral title and description, the neutral
 * share image of its language (app/[locale]/i/opengraph-image.tsx), no site name, noindex, and the
 * canonical link to the page's own address. og:url stays the discreet address: some services read
 * og:url as the page to preview.
 */
export function discreetMetadata({
  locale,
  path,
  canonical,
  title,
  description
}: {
  locale: Locale;
  path: string;
  canonical: string;
  title: string;
  description: string;
}): Metadata {
  return {
    title: {absolute: title},
    description,
    robots: {index: false, follow: false},
    alternates: {canonical: absoluteUrl(canonical)},
    openGraph: {
      type: 'website',
      url: absoluteUrl(path),
      title,
      description,
      locale: ogLocale[locale],
      images: [{url: absoluteUrl(discreetImagePath(locale)), alt: title, ...shareImageSize, type: shareImageType}]
    },
    twitter: {card: 'summary_large_image', title, description}
  };
}

/** The one neutral share image of each language. */
export const discreetImagePath = (locale: Locale) => `/${locale}/${discreetSegment}/opengraph-image`;

export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}
