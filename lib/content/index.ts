import path from 'node:path';
import {routing, type Locale} from '@/i18n/routing';
import {folderStamp, loadContent, type ContentIndex, type Entry, type Problem} from './load';
import {contentRoot, isPreview} from './settings';
import {imageFolder} from './images';
import {fixedPaths} from './paths';
import type {Kind} from './schema';

export type {Entry, Problem};
export {cardSlug, changesSlug, directorySlug, previewPath, discreetPath, discreetSegment, entryPath, indexPath, fixedPaths, reservedNames, searchSlug, sections} from './paths';
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

// On globalThis: the preview server loads this module more than once (pages, metadata, share
// images), and every copy should share one reading of the content.
const shared = globalThis as {contentCache?: {stamp: string; index: ContentIndex}};

/** A stamp of every content file and image: it changes when one is saved, added, renamed or deleted. */
function contentStamp(): string {
  const root = contentRoot();
  return [...routing.locales, imageFolder].map((folder) => `${folder}/${folderStamp(path.join(root, folder))}`).join('\n');
}

function contentIndex(): ContentIndex {
  const stamp = isPreview() ? contentStamp() : '';
  if (shared.contentCache?.stamp !== stamp || !shared.contentCache) {
    shared.contentCache = {stamp, index: loadContent()};
  }
  return shared.contentCache.index;
}

/**
 * Every published entry (and drafts in the preview). A build throws ContentError (and so stops) if
 * any file has a problem; the preview leaves such a file out, and its page shows the problems.
 */
export function allEntries(): Entry[] {
  const {entries, problems} = contentIndex();
  if (!isPreview()) {
    if (problems.length) throw new ContentError(problems);
    return entries;
  }
  const broken = new Set(problems.map((p) => p.file));
  return entries.filter((e) => !broken.has(e.file));
}

/** Preview only: the problems of content/<locale>/<name>.mdx, the file behind an address that ends in <name>. */
export function previewProblems(locale: Locale, name: string): Problem[] {
  if (!isPreview()) return [];
  const file = path.join(path.basename(contentRoot()), locale, `${name}.mdx`);
  return contentIndex().problems.filter((p) => p.file === file);
}

/** Preview only: the names of the files with problems, so their addresses exist and show the problems. */
export function previewBrokenNames(locale: Locale): string[] {
  if (!isPreview()) return [];
  const prefix = path.join(path.basename(contentRoot()), locale) + path.sep;
  const names = contentIndex()
    .problems.filter((p) => p.file.startsWith(prefix) && p.file.endsWith('.mdx'))
    .map((p) => p.file.slice(prefix.length, -4));
  return [...new Set(names)].filter((n) => !n.includes(path.sep));
}

/** Preview only: the address of content/<locale>/<name>.mdx, its page or, while it has problems, where they show. */
export function previewAddress(locale: Locale, file: string): string {
  const name = path.basename(file, '.mdx');
  return allEntries().find((e) => e.locale === locale && e.slug === name)?.href ?? `/${locale}/${name}`;
}

/** Preview only: every problem of every file (the side-by-side page lists them). */
export function previewAllProblems(): Problem[] {
  return isPreview() ? contentIndex().problems : [];
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
  // In the preview a core page may be broken while it is edited: its links go home meanwhile.
  if (!entry && isPreview()) return fixedPaths(locale).home;
  if (!entry) throw new Error(`No content file with "id: ${id}" in content/${locale}/`);
  return entry.href;
}

/**
 * The same entry in the other language. A build always has it (the content check makes sure); in the
 * preview a draft may have no twin yet, or the twin may be broken: the other language's home stands in.
 */
export function counterpartHref(entry: Entry, locale: Locale): string {
  const twin = findById(locale, entry.id);
  if (twin) return twin.href;
  if (isPreview()) return fixedPaths(locale).home;
  throw new Error(`${entry.file} has no twin in content/${locale}/ (the content check should have said so)`);
}

export function counterpart(entry: Entry, locale: Locale): Entry | undefined {
  return findById(locale, entry.id);
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
