import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {isAlias, isNode, visit, type Document, type LineCounter, type YAMLError} from 'yaml';
import {languageName, routing, type Locale} from '@/i18n/routing';
import {notPlainMessage, readPlainFile, unusualEntries, type EntryKind} from '@/site/plain-files.mjs';
import type {Entry, Problem} from './load';
import {reservedNames} from './paths';

/**
 * Checks of a content file as a whole and of the fields at the top, before and around parsing:
 * size, encoding, reserved file names, tabs, curly quotes, & and *, the parser's errors in plain
 * words; and the checks across files that need history or drafts (a copied id, a draft twin).
 * Every message says what is there and what to do, in the words of content/README.md.
 */

export type FileIssue = {line: number; field: string; expected: string; found: string};

const FIELDS = 'the fields at the top';

/** Larger files are refused before they are read: a page this long is really two pages. */
export const MAX_FILE_KB = 200;

/**
 * The text of a content file, or the reason it cannot be read: not a plain file (a shortcut, a
 * device or a pipe: never opened through, see unusualFileProblems), over the size limit (checked
 * before reading, so a huge file costs nothing) or not saved as UTF-8. A byte-order mark, as
 * Notepad writes it, is dropped.
 */
export function readContentText(file: string): {text: string} | {issue: FileIssue; head: string} {
  const read = readPlainFile(file, MAX_FILE_KB * 1024);
  if ('kind' in read) return {issue: notPlainIssue(read.kind), head: ''};
  if ('size' in read) {
    // Only the start is read, for the id, so the file's twin is not reported as untranslated too.
    const size = read.size;
    const shown = size >= 1024 * 1024 ? `${(size / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(size / 1024)} KB`;
    return {
      issue: {
        line: 1,
        field: 'file',
        expected: `a file of at most ${MAX_FILE_KB} KB: split the page into two pages`,
        found: `a file of ${shown}`
      },
      head: new TextDecoder().decode(read.head)
    };
  }
  const bytes = read.bytes;
  try {
    // fatal: a byte that is not UTF-8 is an error, not a silent � on the site. The BOM is dropped.
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes)};
  } catch {
    return {issue: notUtf8(bytes), head: new TextDecoder().decode(bytes.subarray(0, 4096))};
  }
}

/** What to do about an entry of content/ that is not a plain file or folder (site/plain-files.mjs says why). */
export function notPlainIssue(kind: EntryKind, target?: string): FileIssue {
  return {line: 1, field: 'file', ...notPlainMessage(kind, target)};
}

/** Every shortcut (symbolic link), device and named pipe in the content folder, one problem each, before anything is read. */
export function unusualFileProblems(root: string): Problem[] {
  return unusualEntries(root).map(({file, kind, target}) => ({
    file: path.relative(path.dirname(root), file),
    ...notPlainIssue(kind, target)
  }));
}

/** Where the first byte that is not UTF-8 is. A newline byte is never part of a longer character, so lines decode on their own. */
function notUtf8(bytes: Uint8Array): FileIssue {
  const strict = new TextDecoder('utf-8', {fatal: true});
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const chunk = bytes.subarray(start, end);
    try {
      strict.decode(chunk);
    } catch {
      const text = new TextDecoder().decode(chunk);
      const before = text.slice(0, text.indexOf('\uFFFD')).trimStart().slice(-20);
      return {
        line,
        field: 'file',
        expected: 'the file saved as UTF-8: in your text editor choose "Save with encoding" and pick UTF-8',
        found: before ? `a character that is not UTF-8, right after: ${before}` : 'a character that is not UTF-8'
      };
    }
    start = end + 1;
    line++;
  }
  return {line: 1, field: 'file', expected: 'the file saved as UTF-8', found: 'a character that is not UTF-8'};
}

/** A file name the site or Next.js uses itself (`opengraph-image`, `sitemap`, `buscar` for a core page...). */
export function reservedNameIssue(locale: Locale, slug: string, kind: unknown): FileIssue | null {
  if (!reservedNames(locale, kind === 'page' ? 'page' : undefined).includes(slug)) return null;
  return {
    line: 1,
    field: 'file name',
    expected: `another name for the file: the site uses "${slug}" itself`,
    found: `${slug}.mdx`
  };
}

/** The real fields take about 15 lines; far more means the --- that ends them is missing, or a hostile file. */
export const MAX_FIELD_LINES = 60;
export const MAX_FIELD_CHARACTERS = 6000;

/** Fields too long to be fields, refused before they are parsed (the parser is slow on thousands of fields). */
export function fieldsSizeIssue(fieldsText: string, firstLine: number): FileIssue | null {
  const lines = fieldsText.split('\n').length;
  if (lines <= MAX_FIELD_LINES && fieldsText.length <= MAX_FIELD_CHARACTERS) return null;
  return {
    line: firstLine - 1,
    field: FIELDS,
    expected: `at most ${MAX_FIELD_LINES} lines of fields, ended by a line of --- (check that the --- after the last field is there)`,
    found: `${lines} lines (${fieldsText.length} characters) before the next line of ---, on line ${firstLine + lines}`
  };
}

// One line of the fields: `name: value`, `  name: value` under source, or `- value` in a list.
const FIELD_LINE = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const LIST_ITEM = /^\s*-[ \t]+(.*)$/;
const OPENS_CURLY = /^[“”‘’]/;
const ENDS_CURLY = /[“”‘’]$/;
const CURLY_IN_LIST = /[[,][ \t]*[“”‘’]/;

/** Each line's field (source.title for a field under source) and value, tabs read as spaces. */
function readLines(lines: string[]): {key?: string; value: string}[] {
  let parent: string | undefined;
  return lines.map((text) => {
    const line = text.replace(/\t/g, '  ');
    const field = FIELD_LINE.exec(line);
    // Only a field with no value of its own (source:) holds fields under it.
    if (/^\S/.test(line)) parent = field && !(field[3] ?? '').trim() ? field[2] : undefined;
    if (!field) return {value: (LIST_ITEM.exec(line)?.[1] ?? '').trim()};
    return {key: field[1] && parent ? `${parent}.${field[2]}` : field[2], value: (field[3] ?? '').trim()};
  });
}

export type FieldLinesReport = {
  issues: FileIssue[];
  /** The fields with each mistake found here mended, so the other fields can still be checked. */
  mended: string;
  /** Lines (of the file) already explained: the parser's errors on them would only repeat the mistake. */
  explained: Set<number>;
  /** A tab moves everything after it: the parser's errors in a file with tabs are noise. */
  hasTabs: boolean;
};

/**
 * The fields' lines read one by one before parsing, for the mistakes the parser explains badly:
 * a tab (one message per line) and curly quotes pasted from a word processor around a value.
 * `firstLine` is the file's line of the first field (2, after the opening ---).
 */
export function checkFieldLines(fieldsText: string, firstLine: number): FieldLinesReport {
  const issues: FileIssue[] = [];
  const explained = new Set<number>();
  let hasTabs = false;
  const lines = fieldsText.split('\n');
  const fields = readLines(lines);
  const mended = lines.map((text, i) => {
    const line = firstLine + i;
    let fixed = text;
    const {key, value} = fields[i];
    if (text.includes('\t')) {
      hasTabs = true;
      explained.add(line);
      const before = /^[ \t]*\t/.test(text);
      const where = key
        ? ` ${before ? 'before' : 'in'} the field "${key}"`
        : text.trim()
          ? ' in this line'
          : ' on an empty line';
      issues.push({
        line,
        field: key ?? FIELDS,
        expected: 'spaces instead of the tab: replace the tab with spaces',
        found: `a tab${where}`
      });
      fixed = fixed.replace(/\t/g, '  ');
    }
    const curlyAround = OPENS_CURLY.test(value) || (/^["']/.test(value) && ENDS_CURLY.test(value));
    if (curlyAround || (value.startsWith('[') && CURLY_IN_LIST.test(value))) {
      explained.add(line);
      const mendedValue = mendCurly(value);
      fixed = fixed.slice(0, fixed.lastIndexOf(value)) + mendedValue;
      const shown = mendedValue.length > 60 ? '"the text"' : mendedValue;
      const example = key ? `${key.split('.').pop()}: ${shown}` : `- ${shown}`;
      issues.push({
        line,
        field: key ?? FIELDS,
        expected: `straight quotes: replace the curly quotes “ ” with straight quotes ", like ${example}`,
        found: `curly quotes in ${value.length > 60 ? `${value.slice(0, 57)}...` : value}`
      });
    }
    return fixed;
  });
  return {issues, mended: mended.join('\n'), explained, hasTabs};
}

/** The value with straight quotes for the curly ones that open or close it (the ones inside are the text's own). */
function mendCurly(value: string): string {
  if (value.startsWith('[')) {
    return value.replace(/([[,][ \t]*)[“”‘’]/g, '$1"').replace(/[“”‘’]([ \t]*[\],])/g, '"$1');
  }
  return JSON.stringify(value.replace(/^[“”‘’"']/, '').replace(/[“”‘’"']$/, ''));
}

/**
 * The first & or * in the fields. They make one value stand for another, which the fields never
 * need, and a few lines of them can stand for billions of values: refused before any value is read.
 */
export function aliasIssue(doc: Document, counter: LineCounter, firstLine: number): FileIssue | null {
  const marks: {mark: string; offset: number}[] = [];
  visit(doc, (_key, node) => {
    if (isAlias(node)) marks.push({mark: `*${node.source}`, offset: node.range?.[0] ?? 0});
    else if (isNode(node) && node.anchor) marks.push({mark: `&${node.anchor}`, offset: node.range?.[0] ?? 0});
  });
  if (!marks.length) return null;
  const first = marks.reduce((a, b) => (b.offset < a.offset ? b : a));
  const more = marks.length > 1 ? ` (and ${marks.length - 1} more & or *)` : '';
  return {
    line: firstLine - 1 + counter.linePos(first.offset).line,
    field: FIELDS,
    expected:
      'each value written out: the fields at the top do not use & or * (a value that starts with & or * goes in straight quotes)',
    found: `"${first.mark.slice(0, 40)}"${more}`
  };
}

/**
 * The parser's errors in plain words, one per line, skipping lines already explained.
 * `fieldsText` is what was parsed, `firstLine` the file's line of its first line.
 */
export function explainParseErrors(
  errors: YAMLError[],
  counter: LineCounter,
  fieldsText: string,
  firstLine: number,
  explained: Set<number>
): FileIssue[] {
  const lines = fieldsText.split('\n');
  const fields = readLines(lines);
  const issues: FileIssue[] = [];
  const seen = new Set(explained);
  let indentTold = false;
  const opener = lines.findIndex((l) => unclosedQuote(l) || unclosedList(l));
  for (const err of errors) {
    let index = counter.linePos(err.pos[0]).line - 1;
    // A missing closing quote or ] is noticed lines later: point at the line that opened it.
    const unclosed = err.code === 'MISSING_CHAR' || (err.code === 'BAD_INDENT' && /Flow/.test(err.message));
    if (unclosed && opener !== -1 && opener <= index) index = opener;
    index = Math.min(Math.max(index, 0), lines.length - 1);
    const line = firstLine + index;
    if (seen.has(line)) continue;
    seen.add(line);
    const text = lines[index] ?? '';
    const expected = plainWords(err, text);
    // One line out of place puts the lines after it out of place too: say it once.
    if (expected === INDENT && indentTold) continue;
    indentTold ||= expected === INDENT;
    const found = `the line: ${text.trim().length > 60 ? `${text.trim().slice(0, 57)}...` : text.trim() || '(empty)'}`;
    issues.push({line, field: fields[index]?.key ?? FIELDS, expected, found});
  }
  return issues;
}

const INDENT = 'each field at the start of its line (only the fields under source: start with two spaces)';

function plainWords(err: YAMLError, text: string): string {
  const key = FIELD_LINE.exec(text)?.[2];
  const whole = FIELD_LINE.exec(text)?.[3] ?? '';
  const value = whole.length > 60 ? `${whole.slice(0, 57)}...` : whole;
  if (unclosedQuote(text)) return `a closing quote at the end of the value, like ${key ?? 'title'}: "Hola"`;
  if (unclosedList(text)) return 'a list closed with ], like topics: [safety, rights]';
  switch (err.code) {
    case 'DUPLICATE_KEY':
      return `each field written once: "${key ?? 'this field'}" is already written above (remove one of them)`;
    case 'BLOCK_AS_IMPLICIT_KEY':
      return value.includes(': ')
        ? `the value in straight quotes, because it contains ": ", like ${key ?? 'title'}: "${value.replace(/"/g, "'")}"`
        : INDENT;
    case 'BAD_INDENT':
      return INDENT;
    case 'BAD_SCALAR_START':
      return `the value in straight quotes, because it starts with ${value.charAt(0)}, like ${key ?? 'title'}: "${value.replace(/"/g, "'")}"`;
    case 'BAD_DQ_ESCAPE':
      return 'no \\ inside straight quotes: write \\\\ for a backslash, or use single quotes around the value';
    default:
      return 'a field written as name: value, with a colon and a space after the name, like title: "Hola"';
  }
}

function unclosedQuote(line: string): boolean {
  const value = FIELD_LINE.exec(line)?.[3]?.trim() ?? '';
  const quote = value.charAt(0);
  if (quote !== '"' && quote !== "'") return false;
  const rest = value.slice(1).replace(quote === '"' ? /\\./g : /''/g, '');
  return !rest.includes(quote);
}

function unclosedList(line: string): boolean {
  const value = FIELD_LINE.exec(line)?.[3]?.trim() ?? '';
  return value.startsWith('[') && !value.includes(']');
}

/**
 * One field's value read from its own line, without reading the fields as a whole: for fields that
 * could not be read (a broken file should not make its twin look untranslated) and for the
 * translation status, which needs only a field or two of every file. Index -1 when it is not there.
 */
export function sniffField(fieldsText: string, name: string): {value?: string; index: number} {
  const lines = fieldsText.split('\n');
  const index = lines.findIndex((l) => new RegExp(`^${name}[ \\t]*:`).test(l));
  const value = index === -1 ? undefined : /^[\w-]+[ \t]*:[ \t]*["'“”‘’]?([\w-]+)/.exec(lines[index])?.[1];
  return {value, index};
}

/** The id and kind of fields that could not be read as a whole, and the id's line. */
export function sniffFields(fieldsText: string, firstLine: number): {id?: string; kind?: string; idLine: number} {
  const id = sniffField(fieldsText, 'id');
  return {id: id.value, kind: sniffField(fieldsText, 'kind').value, idLine: id.index === -1 ? firstLine : firstLine + id.index};
}

/**
 * When a file was added: the time of the commit that added it (a file not yet committed is
 * newest of all), then its modification time. Without git, only the modification time counts.
 */
function age(file: string): [number, number] {
  const mtime = fs.statSync(file).mtimeMs;
  const git = spawnSync('git', ['log', '--diff-filter=A', '--format=%ct', '--', path.basename(file)], {
    cwd: path.dirname(file),
    encoding: 'utf8',
    timeout: 10_000
  });
  if (git.error || git.status !== 0) return [0, mtime];
  const added = Number(git.stdout.trim().split('\n')[0]);
  return [added > 0 ? added : Infinity, mtime];
}

/**
 * Two files of one language with the same id: usually an article copied and its id left as it
 * was. The problem goes on the newer file (the copy), naming the file it was copied from.
 * `root` resolves the entries' relative paths; `idLine` gives the line of each file's id.
 */
export function duplicateIdProblems(entries: Entry[], root: string, idLine: (file: string) => number): Problem[] {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.locale}\n${e.id}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ages = new Map(group.map((e) => [e, age(path.join(path.dirname(root), e.file))]));
    const oldestFirst = [...group].sort((a, b) => {
      const [ga, ma] = ages.get(a)!;
      const [gb, mb] = ages.get(b)!;
      return ga - gb || ma - mb || a.file.localeCompare(b.file);
    });
    const original = oldestFirst[0];
    const others = routing.locales
      .filter((l) => l !== original.locale)
      .map((l) => languageName[l])
      .join(' and ');
    for (const copy of oldestFirst.slice(1)) {
      problems.push({
        file: copy.file,
        line: idLine(copy.file),
        field: 'id',
        expected: `an id of its own: give this file a new id, and the same new id in its ${others} version`,
        found: `"${copy.id}", the id of ${original.file} (this file looks like a copy of it)`
      });
    }
  }
  return problems;
}

/**
 * Drafts are never built, so a published page's twin may not be a draft (a link to a draft is
 * reported by links.ts). A draft itself needs no twin (checked in load.ts).
 */
export function draftTwinProblems(entries: Entry[], idLine: (file: string) => number): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries.filter((e) => !e.draft)) {
    for (const twin of entries.filter((t) => t.draft && t.id === e.id && t.locale !== e.locale)) {
      problems.push({
        file: e.file,
        line: idLine(e.file),
        field: 'draft',
        expected: `"draft: true" here too, or publish both (remove "draft: true" from ${twin.file})`,
        found: `its ${languageName[twin.locale]} version is a draft (${twin.file})`
      });
    }
  }
  return problems;
}
