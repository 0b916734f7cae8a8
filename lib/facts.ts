import fs from 'node:fs';
import path from 'node:path';
import {LineCounter, parseDocument} from 'yaml';
import {z} from 'zod';
import type {Locale} from '@/i18n/routing';

/**
 * Facts that change in the world (who runs a line, what it may share, hours, languages, laws, fees):
 * each lives once, in content/hotlines.json or content/facts.json, with the review that checked it.
 * Pages read them through components (components/facts/), so a change is one edit in one file.
 */

export const text = (what: string) =>
  z.strictObject(
    {
      es: z
        .string({error: `${what} in Spanish (es) is missing`})
        .trim()
        .min(1, `${what} in Spanish (es) is empty`),
      en: z
        .string({error: `${what} in English (en) is missing`})
        .trim()
        .min(1, `${what} in English (en) is empty`)
    },
    {error: `${what} must give both languages, like {"es": "...", "en": "..."}`}
  );

export type Text = z.infer<ReturnType<typeof text>>;

export const isoDate = (example: string) =>
  z.iso.date({error: `a date written as YYYY-MM-DD, like ${example}, on a day that exists`});

/**
 * How a fact was checked, said on the page exactly as it was done:
 * - "call", "text", "chat": someone really called, texted or chatted with the line;
 * - "live-page": someone read the source page live on the web that day;
 * - "stored-copy": someone read a saved copy of the source page (an archive), not the live page.
 */
export const reviewMethods = ['call', 'text', 'chat', 'live-page', 'stored-copy'] as const;
export type ReviewMethod = (typeof reviewMethods)[number];

const methodList = reviewMethods.map((m) => `"${m}"`).join(', ');

const reviewFields = z.strictObject(
  {
    date: z.iso.date({
      error: (issue) =>
        issue.input === undefined
          ? 'the day this fact was last checked is missing: write "date": "2026-12-04"'
          : 'a date written as YYYY-MM-DD, like 2026-12-04, on a day that exists'
    }),
    method: z.enum(reviewMethods, {
      error: (issue) =>
        issue.input === undefined
          ? `how this fact was checked is missing: write "method" with one of ${methodList} (only what was really done)`
          : `one of ${methodList}: only what was really done`
    }),
    source: z.url({
      protocol: /^https$/,
      error: (issue) =>
        issue.input === undefined
          ? 'the page this fact was checked against is missing: write "source" with its https:// address'
          : 'an absolute https:// address'
    }),
    /** What the source is, in the page's words: "the hotline's page Report Trafficking". */
    sourceTitle: text('The source title'),
    /** For a saved copy: the date the copy was made, when it says. */
    copyDate: isoDate('2025-12-19').optional()
  },
  {
    error: (issue) =>
      issue.input === undefined
        ? 'the review is missing: write "review": {"date": "2026-12-04", "method": "stored-copy", "source": "https://...", "sourceTitle": {"es": "...", "en": "..."}}'
        : 'the review, written like {"date": "2026-12-04", "method": "stored-copy", "source": "https://...", "sourceTitle": {"es": "...", "en": "..."}}'
  }
);

/** A saved copy is called a saved copy on the page: its title says so, in both languages. */
export const reviewSchema = reviewFields.superRefine((review, ctx) => {
  if (review.method !== 'stored-copy') return;
  if (!/^una copia guardada del? /.test(review.sourceTitle.es)) {
    ctx.addIssue({
      code: 'custom',
      path: ['sourceTitle', 'es'],
      message: 'for a saved copy, a title that starts with "una copia guardada de " (or "del ")'
    });
  }
  if (!/^a saved copy of /.test(review.sourceTitle.en)) {
    ctx.addIssue({
      code: 'custom',
      path: ['sourceTitle', 'en'],
      message: 'for a saved copy, a title that starts with "a saved copy of "'
    });
  }
});

export type Review = z.infer<typeof reviewSchema>;

/**
 * Phrases that restate a recorded fact by hand, in each language: the content check reports them in
 * the text with the component to use instead. "…" stands for a few words in the same sentence.
 */
export const mustNotWriteSchema = z
  .strictObject({es: z.array(z.string().trim().min(3)).optional(), en: z.array(z.string().trim().min(3)).optional()})
  .optional();

/** The parts every recorded fact shares. */
export const factBase = {
  review: reviewSchema,
  /** What could not be confirmed about this fact, said on the page next to it. */
  unconfirmed: text('The note on what is not confirmed').optional(),
  mustNotWrite: mustNotWriteSchema
};

/** A fact that is not about one hotline: a law, a fee, an enforcement policy. */
export const worldFactSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in lowercase letters, numbers and hyphens'),
  /** What the fact says, as words that fit inside a sentence of a page. */
  say: text('The fact'),
  /** Policies and laws change often: 6 months; figures such as fees: 12. */
  reviewEveryMonths: z.union([z.literal(6), z.literal(12)], {
    error: '6 (a policy or law) or 12 (a figure such as a fee)'
  }),
  ...factBase
});

export type WorldFact = z.infer<typeof worldFactSchema>;

/** Readable messages for a failed parse: "content/facts.json  3.review.method  one of ...". */
export function explainIssues(
  file: string,
  issues: z.core.$ZodIssue[],
  lineOf?: (path: PropertyKey[]) => number | undefined
) {
  return issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(whole file)';
    const line = lineOf?.(issue.path);
    return `  ${file}${line ? `:${line}` : ''}  ${where}  ${issue.message}`;
  });
}

/**
 * The line of a value in a JSON text (["1", "sharing", "review", "method"] → the line of that
 * "method", or of the nearest part of the path that exists). JSON is YAML, and the yaml package
 * keeps every node's position. For messages to editors.
 */
export function jsonLine(json: string, pathParts: PropertyKey[]): number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(json, {lineCounter: counter});
  for (let n = pathParts.length; n >= 0; n--) {
    const node = n ? doc.getIn(pathParts.slice(0, n) as (string | number)[], true) : doc.contents;
    const at = (node as {range?: [number, number, number]} | undefined)?.range?.[0];
    if (at !== undefined) return counter.linePos(at).line;
  }
  return undefined;
}

/** A data file (content/hotlines.json, content/facts.json) that cannot be used: its message is for editors. */
export class DataFileError extends Error {}

/** The text of a data file, to find the lines of its problems (undefined where there is no such file). */
export function readIfThere(file: string): string | undefined {
  try {
    return fs.readFileSync(path.resolve(file), 'utf8');
  } catch {
    return undefined;
  }
}

/** Parses a JSON data file's text, or says in plain words where it is broken. */
export function parseJsonFile(json: string, file: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? json.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new DataFileError(
      `  ${file}${line ? `:${line}` : ''}  the file is not valid JSON near here: look for a missing comma or quote, ` +
        'or a comma after the last item of a list'
    );
  }
}

/**
 * Parses a record: a list of items with unique ids, checked by `item` (and `more`, for rules across
 * items). On a problem, throws one DataFileError listing every problem with its file, line and field.
 * `json` is the file's text (or a function that reads it), for the lines.
 */
export function parseRecord<T extends {id: string}>(
  item: z.ZodType<T>,
  data: unknown,
  {
    file,
    json,
    title,
    more
  }: {
    file: string;
    json?: string | (() => string | undefined);
    title: string;
    more?: (list: T[], ctx: z.RefinementCtx) => void;
  }
): T[] {
  const result = z
    .array(item)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((entry, i) => {
        if (seen.has(entry.id))
          ctx.addIssue({code: 'custom', path: [i, 'id'], message: `the id "${entry.id}" is used twice`});
        seen.add(entry.id);
      });
      more?.(list, ctx);
    })
    .safeParse(data);
  if (!result.success) {
    const text = typeof json === 'function' ? json() : json;
    const lines = explainIssues(file, result.error.issues, text ? (p) => jsonLine(text, p) : undefined);
    throw new DataFileError(`${title} has problems:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function parseWorldFacts(
  data: unknown,
  file = 'content/facts.json',
  json?: string | (() => string | undefined)
): WorldFact[] {
  return parseRecord(worldFactSchema, data, {file, json, title: 'The list of facts'});
}

/**
 * A record from the content folder CONTENT_DIR names (a test's fixture), when it has one; otherwise
 * the importer uses content/ (imported, so the preview reloads when it changes).
 */
export function recordIn(name: string): {data: unknown; file: string; text: string} | undefined {
  const dir = process.env.CONTENT_DIR;
  if (!dir) return undefined;
  const file = path.join(/*turbopackIgnore: true*/ path.resolve(dir), name);
  if (!fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, 'utf8');
  return {data: parseJsonFile(text, file), file, text};
}

/** A record's data, the file to name in messages, and its text (read only when a message needs a line). */
export function loadRecord(name: string, imported: unknown) {
  const own = recordIn(name);
  const file = own?.file ?? `content/${name}`;
  return {data: own?.data ?? imported, file, text: () => own?.text ?? readIfThere(file)};
}

/** A review older than this many months is reported (a warning) by `npm run content:check`. */
export function isReviewStale(reviewDate: string, today: Date | string, months: number): boolean {
  const todayIso = typeof today === 'string' ? today : today.toISOString().slice(0, 10);
  const [y, m, d] = reviewDate.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  // Compared as text: "2027-11-23" < "2027-11-24". A 31st or a 29 February past its month's end
  // simply becomes stale from the 1st of the next month.
  const due = `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return todayIso > due;
}

/** A phrase of the record as a pattern: case and spacing ignored, "…" or "..." for up to 80 characters of the same sentence. */
export function phrasePattern(phrase: string): RegExp {
  const parts = phrase.split(/…|\.\.\./).map((p) =>
    p
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+')
  );
  return new RegExp(parts.join('[^.!?]{0,80}?'), 'iu');
}

/** A phrase that restates a recorded fact, the fact ("human-trafficking sharing"), the component to use and the record's file. */
export type ForbiddenPhrase = {
  locale: Locale;
  phrase: string;
  pattern: RegExp;
  fact: string;
  use: string;
  file: string;
};
