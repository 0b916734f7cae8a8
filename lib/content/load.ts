import fs from 'node:fs';
import path from 'node:path';
import {LineCounter, parseDocument, isMap, isPair, isScalar, type Document} from 'yaml';
import {routing, type Locale} from '@/i18n/routing';
import {getHotline} from '@/lib/hotlines';
import {frontmatterSchema, type Frontmatter} from './schema';
import {analyzeBody, type ComponentRules} from './mdx-body';
import {checkTerms, checkText} from './terms';
import {countWords, readability, type Readability} from './readability';
import {entryPath, reservedPaths} from './paths';
import {checkInternalLinks} from './links';

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
  Glossary: {attributes: {}}
};

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function loadContent(options: {root?: string; includeDrafts?: boolean} = {}): ContentIndex {
  // Content is read at build time only (every page is prerendered): keep it out of the server's file tracing.
  const root = path.resolve(/*turbopackIgnore: true*/ options.root ?? process.env.CONTENT_DIR ?? 'content');
  // Drafts show only in the preview (`npm run dev`), never in a build.
  const includeDrafts = options.includeDrafts ?? process.env.NODE_ENV === 'development';
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  // The id of every file, valid or not, so one broken file does not make its twin look untranslated.
  const ids: {locale: Locale; id: string}[] = [];
  const rel = (file: string) => path.relative(path.dirname(root), file) || file;

  for (const locale of routing.locales) {
    const dir = path.join(root, locale);
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
    for (const name of files) {
      const file = path.join(dir, name);
      if (name.startsWith('.') || fs.statSync(file).isDirectory()) continue;
      if (!name.endsWith('.mdx')) {
        problems.push({file: rel(file), line: 1, field: 'file name', expected: 'a name ending in .mdx', found: name});
        continue;
      }
      const entry = readEntry(file, rel(file), locale, name.slice(0, -4), problems, (id) => ids.push({locale, id}));
      if (entry && (includeDrafts || !entry.draft)) entries.push(entry);
    }
  }
  crossCheck(entries, ids, problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {entries, problems};
}

function readEntry(
  file: string,
  relFile: string,
  locale: Locale,
  slug: string,
  problems: Problem[],
  noteId: (id: string) => void
): Entry | null {
  const add = (line: number, field: string, expected: string, found: string) =>
    problems.push({file: relFile, line, field, expected, found});
  const source = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');

  if (!SLUG.test(slug) || !/[a-z]/.test(slug)) {
    // A name of digits only is kept for the pages of an index (/es/articulos/2).
    add(1, 'file name', 'lowercase letters, numbers and hyphens only, with at least one letter, like senales-de-trata.mdx', `${slug}.mdx`);
  }
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source);
  if (!match) {
    add(1, 'frontmatter', 'the file to start with a block of fields between two lines of ---', firstLine(source));
    return null;
  }
  const yamlText = match[1];
  const linesBeforeBody = match[0].split('\n').length - 1;
  const body = source.slice(match[0].length);

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, {lineCounter, prettyErrors: false, uniqueKeys: true});
  if (doc.errors.length) {
    for (const err of doc.errors) {
      const line = lineCounter.linePos(err.pos[0]).line + 1;
      add(line, 'frontmatter', 'fields written as "name: value", one per line', err.message.split('\n')[0]);
    }
    return null;
  }
  const data = doc.toJS() ?? {};
  if (typeof data.id === 'string') noteId(data.id);
  const result = frontmatterSchema.safeParse(data);
  const body_ = analyzeBody(body, linesBeforeBody, componentRules);
  for (const issue of body_.issues) add(issue.line, issue.field, issue.expected, issue.found);
  // Words to avoid (content/glossary.json), in the text and in the title and description.
  problems.push(...checkTerms(body, linesBeforeBody, locale, undefined, relFile));
  for (const field of ['title', 'description'] as const) {
    if (typeof data[field] === 'string') {
      problems.push(...checkText(data[field], lineOf(doc, lineCounter, [field]), locale, undefined, relFile, field));
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
      add(lineOf(doc, lineCounter, issue.path), issue.path.join('.') || 'frontmatter', issue.message, describe(value));
    }
    return null;
  }
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

function crossCheck(entries: Entry[], ids: {locale: Locale; id: string}[], problems: Problem[]) {
  const add = (e: Entry, line: number, field: string, expected: string, found: string) =>
    problems.push({file: e.file, line, field, expected, found});

  for (const locale of routing.locales) {
    const mine = entries.filter((e) => e.locale === locale);
    const byId = new Map<string, Entry>();
    for (const e of mine) {
      const first = byId.get(e.id);
      if (first) add(e, 2, 'id', `an id not used by another ${locale} file`, `"${e.id}", already used by ${first.file}`);
      else byId.set(e.id, e);
      const reserved = reservedPaths(locale);
      if (e.kind === 'page' && reserved.includes(e.href)) {
        add(e, 1, 'file name', `a slug not already used by the site (${reserved.join(', ')})`, e.slug);
      }
    }
  }

  for (const e of entries) {
    for (const other of routing.locales.filter((l) => l !== e.locale)) {
      const twin = entries.find((t) => t.locale === other && t.id === e.id);
      if (!twin && !ids.some((t) => t.locale === other && t.id === e.id)) {
        add(e, 2, 'id', `a matching file in content/${other}/ with "id: ${e.id}" (every page exists in both languages)`, 'none');
      } else if (twin && twin.kind !== e.kind) {
        add(e, 2, 'kind', `the same kind as ${twin.file} ("${twin.kind}")`, `"${e.kind}"`);
      }
    }
  }

  checkInternalLinks(entries, problems);
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
