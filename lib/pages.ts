import {createHash} from 'node:crypto';
import {routing, type Locale} from '@/i18n/routing';
import {
  allEntries,
  cardSlug,
  changesSlug,
  counterpartHref,
  directorySlug,
  discreetPath,
  entriesOf,
  findEntry,
  fixedPaths,
  indexPath,
  previewBrokenNames,
  searchSlug,
  sections,
  type Entry
} from '@/lib/content';
import {findPlace, places, placesIn, type Place} from '@/lib/directory-places';

/**
 * Which page a URL names, shared by the pages, their share images, the sitemap and
 * the tests. URL scheme: lib/content/paths.ts.
 *   /es/<page>            an index (articulos, guias), the search page (buscar), the hotline card (tarjeta),
 *                         what changed (cambios)
 *                         or a core page (ayuda, ...)
 *   /es/<section>/<slug>  an article or a guide
 *   /es/<section>/<n>     page n (2, 3, ...) of an index, so an index stays light however many articles there are
 *   /es/ayuda-cerca       the directory by place (/en/help-near-you); /es/ayuda-cerca/<place> one place
 *   /es/i/<code>          the discreet address of an article, guide or core page (not in the sitemap)
 */

export type IndexKind = keyof typeof sections;
export const indexKinds = Object.keys(sections) as IndexKind[];

/** Articles or guides per index page. */
export const INDEX_PAGE_SIZE = 30;

export type SitePage =
  | {type: 'index'; kind: IndexKind; number: number}
  | {type: 'entry'; entry: Entry}
  | {type: 'search'}
  | {type: 'card'}
  | {type: 'changes'}
  | {type: 'directory'}
  | {type: 'place'; place: Place};

const kindOf = (locale: Locale, segment: string) => indexKinds.find((k) => sections[k][locale] === segment);

export function indexPageCount(locale: Locale, kind: IndexKind): number {
  return Math.max(1, Math.ceil(entriesOf(locale, kind).length / INDEX_PAGE_SIZE));
}

export function indexPagePath(locale: Locale, kind: IndexKind, number: number): string {
  return number === 1 ? indexPath(locale, kind) : `${indexPath(locale, kind)}/${number}`;
}

export function indexPageEntries(locale: Locale, kind: IndexKind, number: number): Entry[] {
  return entriesOf(locale, kind).slice((number - 1) * INDEX_PAGE_SIZE, number * INDEX_PAGE_SIZE);
}

export function topLevelParams(locale: Locale) {
  return [
    ...indexKinds.map((kind) => ({page: sections[kind][locale]})),
    {page: searchSlug[locale]},
    {page: cardSlug[locale]},
    {page: changesSlug[locale]},
    {page: directorySlug[locale]},
    ...entriesOf(locale, 'page').map((e) => ({page: e.slug})),
    // Preview only: a file with problems keeps an address, where its problems are shown.
    ...previewBrokenNames(locale).map((name) => ({page: name}))
  ];
}

export function findTopLevel(locale: Locale, page: string): SitePage | undefined {
  const kind = kindOf(locale, page);
  if (kind) return {type: 'index', kind, number: 1};
  if (page === searchSlug[locale]) return {type: 'search'};
  if (page === cardSlug[locale]) return {type: 'card'};
  if (page === changesSlug[locale]) return {type: 'changes'};
  if (page === directorySlug[locale]) return {type: 'directory'};
  const entry = findEntry(locale, 'page', page);
  return entry && {type: 'entry', entry};
}

/**
 * The places that get pages of their own. `npm run bench` builds once with SITE_BENCH_NO_PLACES=1
 * (no place pages, nothing else changed) to measure what the directory's pages cost the build.
 */
const placesWithPages = (locale: Locale) => (process.env.SITE_BENCH_NO_PLACES ? [] : placesIn(locale));

export function subPageParams(locale: Locale) {
  return [
    ...placesWithPages(locale).map((place) => ({page: directorySlug[locale], slug: place.slug[locale]})),
    ...entriesOf(locale)
      .filter((e) => e.kind !== 'page')
      .map((e) => ({page: sections[e.kind as IndexKind][locale], slug: e.slug})),
    ...indexKinds.flatMap((kind) =>
      Array.from({length: indexPageCount(locale, kind) - 1}, (_, i) => ({
        page: sections[kind][locale],
        slug: String(i + 2)
      }))
    ),
    ...indexKinds.flatMap((kind) =>
      previewBrokenNames(locale).map((name) => ({page: sections[kind][locale], slug: name}))
    )
  ];
}

export function findSubPage(locale: Locale, page: string, slug: string): SitePage | undefined {
  if (page === directorySlug[locale]) {
    const place = findPlace(locale, slug);
    return place && {type: 'place', place};
  }
  const kind = kindOf(locale, page);
  if (!kind) return undefined;
  if (/^\d+$/.test(slug)) {
    const number = Number(slug);
    return number >= 2 && number <= indexPageCount(locale, kind) && String(number) === slug
      ? {type: 'index', kind, number}
      : undefined;
  }
  const entry = findEntry(locale, kind, slug);
  return entry && {type: 'entry', entry};
}

/** A place's page in the directory: /es/ayuda-cerca/nueva-york, /en/help-near-you/new-york. */
export function placePath(locale: Locale, place: Place): string {
  return `${fixedPaths(locale).directory}/${place.slug[locale]}`;
}

/** The address of the same page in every language. */
export function pathsOf(page: SitePage): Record<Locale, string> {
  const pathIn = (l: Locale) =>
    page.type === 'index'
      ? indexPagePath(l, page.kind, page.number)
      : page.type === 'search'
        ? fixedPaths(l).search
        : page.type === 'card'
          ? fixedPaths(l).card
          : page.type === 'changes'
            ? fixedPaths(l).changes
            : page.type === 'directory'
              ? fixedPaths(l).directory
              : page.type === 'place'
                ? placePath(l, page.place)
                : counterpartHref(page.entry, l);
  return Object.fromEntries(routing.locales.map((l) => [l, pathIn(l)])) as Record<Locale, string>;
}

/** Every page of the site in one language (for the sitemap and the tests), with its content when it has one. */
export function allPagesOf(locale: Locale): SitePage[] {
  return [
    ...indexKinds.flatMap((kind) =>
      Array.from({length: indexPageCount(locale, kind)}, (_, i) => ({type: 'index', kind, number: i + 1}) as SitePage)
    ),
    {type: 'search'} as SitePage,
    {type: 'card'} as SitePage,
    {type: 'changes'} as SitePage,
    {type: 'directory'} as SitePage,
    ...places.map((place) => ({type: 'place', place}) as SitePage),
    ...entriesOf(locale).map((entry) => ({type: 'entry', entry}) as SitePage)
  ];
}

/** Every locale with its params, for share images, which list all their params themselves. */
export function withLocales<T extends object>(params: (locale: Locale) => T[]) {
  return routing.locales.flatMap((locale) => params(locale).map((p) => ({locale, ...p})));
}

/**
 * The discreet code of a page: the first 8 hex digits of the sha256 of its id, the same in both
 * languages and stable as long as the id is. It says nothing of the topic.
 */
export function discreetCode(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 8);
}

/** The discreet address of an entry (/es/i/<code>). */
export function discreetHref(entry: Entry): string {
  return discreetPath(entry.locale, discreetCode(entry.id));
}

/** What a place's discreet code is made from: a prefix no entry id can have (ids have no colon). */
const placeCodeId = (place: Place) => `place:${place.id}`;

/** The discreet address of a place of the directory (/es/i/<code>). */
export function discreetPlaceHref(locale: Locale, place: Place): string {
  return discreetPath(locale, discreetCode(placeCodeId(place)));
}

/** Every page with a discreet address, in one language; stops the build if two ids share a code. */
export function discreetParams(locale: Locale) {
  const byCode = new Map<string, string>();
  for (const id of [...allEntries().map((e) => e.id), ...places.map(placeCodeId)]) {
    const code = discreetCode(id);
    const other = byCode.get(code);
    if (other && other !== id) throw new Error(`The ids "${other}" and "${id}" have the same discreet code ${code}: rename one of them`);
    byCode.set(code, id);
  }
  return [...entriesOf(locale).map((e) => ({code: discreetCode(e.id)})), ...placesWithPages(locale).map((p) => ({code: discreetCode(placeCodeId(p))}))];
}

/** The entry or place a discreet code names. */
export function findDiscreet(locale: Locale, code: string): {type: 'entry'; entry: Entry} | {type: 'place'; place: Place} | undefined {
  const entry = entriesOf(locale).find((e) => discreetCode(e.id) === code);
  if (entry) return {type: 'entry', entry};
  const place = places.find((p) => discreetCode(placeCodeId(p)) === code);
  return place && {type: 'place', place};
}
