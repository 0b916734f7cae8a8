import type {Locale} from '@/i18n/routing';
import type {Kind} from './schema';

/** The URL of every kind of page, in each language. One place for the site's URL scheme. */

export const sections = {
  article: {es: 'articulos', en: 'articles'},
  guide: {es: 'guias', en: 'guides'}
} as const satisfies Record<Exclude<Kind, 'page'>, Record<Locale, string>>;

export function entryPath(locale: Locale, kind: Kind, slug: string): string {
  return kind === 'page' ? `/${locale}/${slug}` : `/${locale}/${sections[kind][locale]}/${slug}`;
}

export function indexPath(locale: Locale, kind: Exclude<Kind, 'page'>): string {
  return `/${locale}/${sections[kind][locale]}`;
}

/** The search page's address in each language. */
export const searchSlug = {es: 'buscar', en: 'search'} as const satisfies Record<Locale, string>;

/** The public list of corrections and changes to the site, newest first (content/changes.json). */
export const changesSlug = {es: 'cambios', en: 'changes'} as const satisfies Record<Locale, string>;

/** The directory by place ("Help near you"): the list of places, and one page per place below it. */
export const directorySlug = {es: 'ayuda-cerca', en: 'help-near-you'} as const satisfies Record<Locale, string>;

/** The printable card of hotline numbers (a neutral word: the card may be carried or left about). */
export const cardSlug = {es: 'tarjeta', en: 'card'} as const satisfies Record<Locale, string>;

/**
 * Discreet links: a second address for every content page, /es/i/<code>, with a neutral title,
 * description and share image (app/[locale]/i/). The segment says nothing of the topic.
 */
export const discreetSegment = 'i';

export function discreetPath(locale: Locale, code: string): string {
  return `/${locale}/${discreetSegment}/${code}`;
}

/** Pages that exist without a content file. */
export function fixedPaths(locale: Locale) {
  return {
    home: `/${locale}`,
    articles: indexPath(locale, 'article'),
    guides: indexPath(locale, 'guide'),
    search: `/${locale}/${searchSlug[locale]}`,
    card: `/${locale}/${cardSlug[locale]}`,
    changes: `/${locale}/${changesSlug[locale]}`,
    directory: `/${locale}/${directorySlug[locale]}`
  };
}

/** The preview's list of every page in both languages (`npm run dev` only: app/[locale]/preview). */
export const previewSegment = 'preview';
export const previewPath = (locale: Locale) => `/${locale}/${previewSegment}`;

/**
 * File names no content file may take, whatever its kind: the names Next.js gives its own files
 * (a page named opengraph-image would clash with the share image of its section) and the discreet
 * links' segment.
 */
export const internalNames = [
  'opengraph-image',
  'twitter-image',
  'icon',
  'apple-icon',
  'favicon',
  'sitemap',
  'robots',
  'manifest',
  'feed',
  'layout',
  'page',
  'not-found',
  'global-not-found',
  'error',
  'global-error',
  'loading',
  'template',
  'default',
  'route',
  discreetSegment
];

/** File names a content file may not take: the names above and, for a core page, the fixed pages' addresses. */
export function reservedNames(locale: Locale, kind?: Kind): string[] {
  if (kind !== 'page') return internalNames;
  const fixed = [sections.article[locale], sections.guide[locale], searchSlug[locale], cardSlug[locale], changesSlug[locale], directorySlug[locale], previewSegment];
  return [...internalNames, ...fixed];
}
