import fs from 'node:fs';
import path from 'node:path';
import {LineCounter, parseDocument, isMap, isPair, isScalar, type Document} from 'yaml';
import {routing, type Locale} from '@/i18n/routing';
import {getHotline} from '@/lib/hotlines';
import {getWorldFact} from '@/lib/world-facts';
import {frontmatterSchema, type Frontmatter} from './schema';
import {analyzeBody, type ComponentRules} from './mdx-body';
import {checkTerms, checkText} from './terms';
import {countWords, readability, type Readability} from './readability';
import {entryPath} from './paths';
import {contentRoot, isPreview} from './settings';
import * as fileChecks from './file-checks';
import {checkImages, imageFolder} from './images';
import {checkInternalLinks} from './links';
import {checkRecordedFacts} from './recorded-facts';
import {entryKind} from '@/site/plain-files.mjs';

/**
 * The content pipeline: reads content/<locale>/<slug>.mdx, validates the
 * frontmatter and the MDX body, checks the files against each other, and
 * returns the entries plus every problem found (never just the first).
 */

export type Entry = Frontmatter & {
  locale: Locale;
  slug: string;
  /** Path relative to the project, for messages: content/es/ayuda.mdx */
  file: string;
  href: string;
  body: string;
  readingMinutes: number;
  readability: Readability;
  /** Links to /... pages in the body, checked against the site's pages. */
  internalLinks: {href: string; line: number}[];
  externalLinks: {href: string; text: string}[];
};

export type Problem = {file: string; line: number; field: string; expected: string; found: string};

export type ContentIndex = {entries: Entry[]; problems: Problem[]};

/** The components editors may use in MDX, and how each attribute is checked. */
export const componentRules: ComponentRules = {
  Hotline: {
    attributes: {id: (v) => (getHotline(v) ? null : 'the id of a hotline in content/hotlines.json')}
  },
  Callout: {
    attributes: {
      kind: (v) => (['info', 'warning', 'safety'].includes(v) ? null : 'one of "info", "warning", "safety"'),
      title: (v) => (v.trim() ? null : 'a short title')
    }
  },
  Checklist: {attributes: {}},
  Stats: {attributes: {}},
  Stat: {attributes: {value: (v) => (v.trim() ? null : 'the figure to show, like "80"')}},
  Glossary: {attributes: {}},
  // Facts that change in the world, shown from their one record (components/facts/).
  HotlineSharing: {
    attributes: {id: (v) => (getHotline(v) ? null : 'the id of a hotline in content/hotlines.json')}
  },
  HotlineOperator: {
    attributes: {
      id: (v) => {
        const h = getHotline(v);
        return !h ? 'the id of a hotline in content/hotlines.json' : h.operator ? null : 'the id of a hotline that has an "operator" in content/hotlines.json';
      }
    }
  },
  Fact: {
    attributes: {id: (v) => (getWorldFact(v) ? null : 'the id of a fact in content/facts.json')}
  }
};

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function loadContent(options: {root?: string; includeDrafts?: boolean} = {}): ContentIndex {
  const root = contentRoot(options.root);
  const imagesStamp = folderStamp(path.join(root, imageFolder));
  // Drafts show only in the preview (`npm run dev`), never in a build.
  const includeDrafts = options.includeDrafts ?? isPreview();
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  // The id of every file, valid or not, so one broken file does not make its twin look untranslated.
  const ids: {locale: Locale; id: string}[] = [];
  // The line of each file's id, for the messages about ids.
  const idLines = new Map<string, number>();
  const rel = (file: string) => path.relative(path.dirname(root), file) || file;
  // Files whose fields could not be read: links to them are not reported as broken (their own problems are).
  const unread: {locale: Locale; slug: string}[] = [];
  // Shortcuts, devices and pipes anywhere in content/ are reported here, and never read below.
  problems.push(...fileChecks.unusualFileProblems(root));

  for (const locale of routing.locales) {
    const dir = path.join(root, locale);
    const files = entryKind(dir) === 'folder' ? fs.readdirSync(dir).sort() : [];
    for (const name of files) {
      const file = path.join(dir, name);
      if (name.startsWith('.') || entryKind(file) !== 'file') continue;
      if (!name.endsWith('.mdx')) {
        problems.push({file: rel(file), line: 1, field: 'file name', expected: 'a name ending in .mdx', found: name});
        continue;
      }
      const slug = name.slice(0, -4);
      const read = readEntryOnce(file, rel(file), locale, slug, imagesStamp);
      problems.push(...read.problems);
      if (typeof read.fields.id === 'string') ids.push({locale, id: read.fields.id});
      idLines.set(rel(file), read.fields.idLine);
      const reserved = fileChecks.reservedNameIssue(locale, slug, read.fields.kind);
      if (reserved) problems.push({file: rel(file), ...reserved});
      if (read.entry) entries.push(read.entry);
      else unread.push({locale, slug});
    }
  }
  // Drafts are checked like every other file, so the check (with drafts) and the build (without) agree.
  crossCheck(entries, ids, problems, root, (f) => idLines.get(f) ?? 2, unread);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {entries: includeDrafts ? entries : entries.filter((e) => !e.draft), problems};
}

/** Names, sizes and modification times of a folder's files: it changes when a file is saved, added, renamed or deleted. */
export function folderStamp(dir: string): string {
  if (entryKind(dir) !== 'folder') return '';
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .map((d) => {
      // lstat: a shortcut is stamped as itself, never followed (a broken one would throw).
      const stat = fs.lstatSync(path.join(dir, d.name));
      return `${d.name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

type NotedFields = {id?: unknown; kind?: unknown; idLine: number};
type FileReading = {entry: Entry | null; problems: Problem[]; fields: NotedFields};

/**
 * Each file's reading, kept while the file is unchanged: the preview reads the content again after
 * every save, and re-reading only the saved file keeps a reload fast. A change to this module or
 * to what it imports (glossary, hotlines) reloads it, and so empties this.
 */
const readings = new Map<string, {stamp: string; reading: FileReading}>();

function readEntryOnce(file: string, relFile: string, locale: Locale, slug: string, imagesStamp: string): FileReading {
  const stat = fs.lstatSync(file);
  // A text's image checks depend on content/images/: an image added or changed reads the text again.
  const stamp = `${relFile}:${stat.size}:${stat.mtimeMs}|${imagesStamp}`;
  const kept = readings.get(file);
  if (kept?.stamp === stamp) return kept.reading;
  const reading: FileReading = {entry: null, problems: [], fields: {idLine: 2}};
  reading.entry = readEntry(file, relFile, locale, slug, reading.problems, (fields) => (reading.fields = fields));
  readings.set(file, {stamp, reading});
  return reading;
}

function readEntry(
  file: string,
  relFile: string,
  locale: Locale,
  slug: string,
  problems: Problem[],
  noteFields: (fields: NotedFields) => void
): Entry | null {
  const add = (line: number, field: string, expected: string, found: string) =>
    problems.push({file: relFile, line, field, expected, found});
  const read = fileChecks.readContentText(file);
  if ('issue' in read) {
    problems.push({file: relFile, ...read.issue});
    noteFields(fileChecks.sniffFields(read.head, 1));
    return null;
  }
  const source = read.text.replace(/\r\n?/g, '\n');

  if (!SLUG.test(slug) || !/[a-z]/.test(slug)) {
    // A name of digits only is kept for the pages of an index (/es/articulos/2).
    add(1, 'file name', 'lowercase letters, numbers and hyphens only, with at least one letter, like senales-de-trata.mdx', `${slug}.mdx`);
  }
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source);
  if (!match) {
    add(1, 'the fields at the top', 'the file to start with a block of fields between two lines of ---', firstLine(source));
    noteFields(fileChecks.sniffFields(source.slice(0, 4000), 1));
    return null;
  }
  const yamlText = match[1];
  const linesBeforeBody = match[0].split('\n').length - 1;
  const body = source.slice(match[0].length);

  const tooLong = fileChecks.fieldsSizeIssue(yamlText, 2);
  if (tooLong) {
    problems.push({file: relFile, ...tooLong});
    noteFields(fileChecks.sniffFields(yamlText.slice(0, 4000), 2));
    return null;
  }
  // Tabs and curly quotes are explained line by line, then mended so the other fields are still checked.
  const fieldLines = fileChecks.checkFieldLines(yamlText, 2);
  problems.push(...fieldLines.issues.map((issue) => ({file: relFile, ...issue})));
  const lineCounter = new LineCounter();
  const doc = parseDocument(fieldLines.mended, {lineCounter, prettyErrors: false, uniqueKeys: true});
  const alias = fileChecks.aliasIssue(doc, lineCounter, 2);
  if (alias || doc.errors.length) {
    if (alias) problems.push({file: relFile, ...alias});
    else if (!fieldLines.hasTabs) {
      const explained = fileChecks.explainParseErrors(doc.errors, lineCounter, fieldLines.mended, 2, fieldLines.explained);
      problems.push(...explained.map((issue) => ({file: relFile, ...issue})));
    }
    noteFields(fileChecks.sniffFields(yamlText, 2));
    return null;
  }
  const data = doc.toJS() ?? {};
  noteFields({id: data.id, kind: data.kind, idLine: lineOf(doc, lineCounter, ['id'])});
  const result = frontmatterSchema.safeParse(data);
  const body_ = analyzeBody(body, linesBeforeBody, componentRules);
  // Images: the file is in content/images/, beside es/ and en/.
  const imageIssues = checkImages(body_.images, locale, path.dirname(path.dirname(file)));
  for (const issue of [...body_.issues, ...imageIssues]) add(issue.line, issue.field, issue.expected, issue.found);
  // Words to avoid (content/glossary.json), in the text and in the title and description.
  problems.push(...checkTerms(body, linesBeforeBody, locale, undefined, relFile));
  // Facts that change in the world are shown by their components, never restated by hand.
  problems.push(...checkRecordedFacts(body, linesBeforeBody, locale, relFile));
  for (const field of ['title', 'description'] as const) {
    if (typeof data[field] === 'string') {
      const line = lineOf(doc, lineCounter, [field]);
      problems.push(...checkText(data[field], line, locale, undefined, relFile, field));
      problems.push(...checkRecordedFacts(data[field], line - 1, locale, relFile, undefined, field));
    }
  }

  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const fieldPath = [...issue.path, key];
          add(
            lineOf(doc, lineCounter, fieldPath),
            fieldPath.join('.'),
            'only the fields listed in content/README.md',
            `an unknown field "${key}"`
          );
        }
        continue;
      }
      const value = valueAt(data, issue.path);
      add(lineOf(doc, lineCounter, issue.path), issue.path.join('.') || 'the fields at the top', issue.message, describe(value));
    }
    return null;
  }
  if (fieldLines.issues.length) return null;
  const fm = result.data;
  const words = countWords(body_.blocks.join(' '));
  return {
    ...fm,
    locale,
    slug,
    file: relFile,
    href: entryPath(locale, fm.kind, slug),
    body,
    readingMinutes: Math.max(1, Math.round(words / (locale === 'es' ? 180 : 200))),
    readability: readability(body_.blocks, locale),
    internalLinks: body_.internalLinks,
    externalLinks: body_.externalLinks
  };
}

function crossCheck(
  entries: Entry[],
  ids: {locale: Locale; id: string}[],
  problems: Problem[],
  root: string,
  idLine: (file: string) => number,
  unread: {locale: Locale; slug: string}[]
) {
  const add = (e: Entry, line: number, field: string, expected: string, found: string) =>
    problems.push({file: e.file, line, field, expected, found});

  // A copied file whose id was not changed: reported on the copy.
  problems.push(...fileChecks.duplicateIdProblems(entries, root, idLine));

  for (const e of entries) {
    for (const other of routing.locales.filter((l) => l !== e.locale)) {
      const twin = entries.find((t) => t.locale === other && t.id === e.id);
      if (!twin && !ids.some((t) => t.locale === other && t.id === e.id)) {
        // A draft needs no twin: it is never built.
        if (!e.draft) add(e, 2, 'id', `a matching file in content/${other}/ with "id: ${e.id}" (every page exists in both languages)`, 'none');
      } else if (twin && twin.kind !== e.kind) {
        add(e, 2, 'kind', `the same kind as ${twin.file} ("${twin.kind}")`, `"${e.kind}"`);
      }
    }
  }

  // A published page whose twin is a draft (drafts are never built).
  problems.push(...fileChecks.draftTwinProblems(entries, idLine));
  checkInternalLinks(entries, problems, unread);
}

function lineOf(doc: Document, counter: LineCounter, fieldPath: PropertyKey[]): number {
  let node: unknown = doc.contents;
  let line = 2; // the first field line, after the opening ---
  for (const key of fieldPath) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) break;
    line = counter.linePos(pair.key.range[0]).line + 1;
    node = pair.value;
  }
  return line;
}

function valueAt(data: unknown, fieldPath: PropertyKey[]): unknown {
  return fieldPath.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return `"${value.length > 70 ? `${value.slice(0, 67)}...` : value}" (${value.length} characters)`;
  return JSON.stringify(value);
}

function firstLine(text: string): string {
  return JSON.stringify(text.split('\n')[0].slice(0, 60));
}
