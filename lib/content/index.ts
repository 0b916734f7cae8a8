import type {Locale} from '@/i18n/routing';
import {loadContent, type Entry, type Problem} from './load';
import type {Kind} from './schema';

export type {Entry, Problem};
export {cardSlug, discreetPath, discreetSegment, entryPath, indexPath, fixedPaths, reservedNames, searchSlug, sections} from './paths';
export {topics, type Topic} from './topics';
export type {Audience, Kind} from './schema';

/** One line per problem: file:line  field  expected  found. Written for editors. */
export function formatProblems(problems: Problem[]): string {
  return problems
    .map((p) => `${p.file}:${p.line}  ${p.field}  expected ${p.expected}  found ${p.found}`)
    .join('\n');
}

export class ContentError extends Error {
  constructor(public problems: Problem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}. ` +
        `Fix ${problems.length === 1 ? 'it' : 'them'} and build again (npm run content:check lists them):\n` +
        formatProblems(problems)
    );
    this.name = 'ContentError';
  }
}

let cache: Entry[] | undefined;

/** Every published entry. Throws ContentError (and so fails the build) if any file has a problem. */
export function allEntries(): Entry[] {
  if (!cache) {
    const {entries, problems} = loadContent();
    if (problems.length) throw new ContentError(problems);
    cache = entries;
  }
  return cache;
}

const newestFirst = (a: Entry, b: Entry) =>
  (b.updated ?? b.published).localeCompare(a.updated ?? a.published) || a.title.localeCompare(b.title);

export function entriesOf(locale: Locale, kind?: Kind): Entry[] {
  return allEntries()
    .filter((e) => e.locale === locale && (!kind || e.kind === kind))
    .sort(newestFirst);
}

export function findEntry(locale: Locale, kind: Kind, slug: string): Entry | undefined {
  return allEntries().find((e) => e.locale === locale && e.kind === kind && e.slug === slug);
}

export function findById(locale: Locale, id: string): Entry | undefined {
  return allEntries().find((e) => e.locale === locale && e.id === id);
}

/** The URL of a core page (kind "page") by id, e.g. pageHref('es', 'get-help') -> /es/ayuda */
export function pageHref(locale: Locale, id: string): string {
  const entry = findById(locale, id);
  if (!entry) throw new Error(`No content file with "id: ${id}" in content/${locale}/`);
  return entry.href;
}

/** The same entry in the other language. Always exists: the content check makes sure. */
export function counterpart(entry: Entry, locale: Locale): Entry {
  return findById(locale, entry.id)!;
}

/** Up to `max` other articles and guides, the ones sharing most topics first. */
export function related(entry: Entry, max = 3): Entry[] {
  return entriesOf(entry.locale)
    .filter((e) => e.kind !== 'page' && e.id !== entry.id)
    .map((e) => ({e, shared: e.topics.filter((t) => entry.topics.includes(t)).length}))
    .filter(({shared}) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, max)
    .map(({e}) => e);
}

/** Latest modification date of an entry, for sitemap and feeds. */
export function lastModified(entry: Entry): string {
  return entry.updated ?? entry.published;
}
