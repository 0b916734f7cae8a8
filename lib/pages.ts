import {routing, type Locale} from '@/i18n/routing';
import {counterpart, entriesOf, findEntry, indexPath, sections, type Entry} from '@/lib/content';

/**
 * Which page a URL segment names, shared by the pages, their share images,
 * the sitemap and the feeds. URL scheme: lib/content/paths.ts.
 */

export type IndexKind = keyof typeof sections;
export const indexKinds = Object.keys(sections) as IndexKind[];

export type TopLevel = {type: 'index'; kind: IndexKind} | {type: 'entry'; entry: Entry};

/** /es/<page>: an index (articulos, guias) or a core page (ayuda, ...). */
export function topLevelParams(locale: Locale) {
  return [
    ...indexKinds.map((kind) => ({page: sections[kind][locale]})),
    ...entriesOf(locale, 'page').map((e) => ({page: e.slug}))
  ];
}

export function findTopLevel(locale: Locale, page: string): TopLevel | undefined {
  const kind = indexKinds.find((k) => sections[k][locale] === page);
  if (kind) return {type: 'index', kind};
  const entry = findEntry(locale, 'page', page);
  return entry && {type: 'entry', entry};
}

/** /es/<section>/<slug>: an article or a guide. */
export function articleParams(locale: Locale) {
  return entriesOf(locale)
    .filter((e) => e.kind !== 'page')
    .map((e) => ({page: sections[e.kind as IndexKind][locale], slug: e.slug}));
}

export function findArticle(locale: Locale, page: string, slug: string): Entry | undefined {
  const kind = indexKinds.find((k) => sections[k][locale] === page);
  return kind && findEntry(locale, kind, slug);
}

/** The address of the same page in every language. */
export function pathsOf(page: TopLevel | Entry): Record<Locale, string> {
  const pathIn = (l: Locale) =>
    'type' in page
      ? page.type === 'index'
        ? indexPath(l, page.kind)
        : counterpart(page.entry, l).href
      : counterpart(page, l).href;
  return Object.fromEntries(routing.locales.map((l) => [l, pathIn(l)])) as Record<Locale, string>;
}

/** Every locale with its params, for share images, which list all their params themselves. */
export function withLocales<T extends object>(params: (locale: Locale) => T[]) {
  return routing.locales.flatMap((locale) => params(locale).map((p) => ({locale, ...p})));
}
