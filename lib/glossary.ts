import {z} from 'zod';
import rawGlossary from '@/content/glossary.json';
import type {Locale} from '@/i18n/routing';

/**
 * The glossary: one data file (content/glossary.json), checked here. It feeds the
 * glossary page (<Glossary />) and the content check of words to avoid (lib/content/terms.ts).
 */

const languages = {es: 'Spanish (es)', en: 'English (en)'} as const;

const text = (what: string, max: number) =>
  z.strictObject(
    {
      es: z
        .string({error: `${what} in ${languages.es} is missing`})
        .trim()
        .min(1, `${what} in ${languages.es} is empty`)
        .max(max, `${what} in ${languages.es} has more than ${max} characters; keep it short`),
      en: z
        .string({error: `${what} in ${languages.en} is missing`})
        .trim()
        .min(1, `${what} in ${languages.en} is empty`)
        .max(max, `${what} in ${languages.en} has more than ${max} characters; keep it short`)
    },
    {error: `${what} must give both languages, like {"es": "...", "en": "..."}`}
  );

const discouragedItem = z.strictObject(
  {
    /** The word or phrase to avoid, as editors would write it. Matched as whole words, ignoring case, not accents. */
    term: z.string({error: 'the word or phrase to avoid'}).trim().min(1, 'the word or phrase to avoid'),
    /** What to write instead; the entry's own term in that language when left out. */
    use: z.string().trim().min(1, 'what to write instead, or leave "use" out to suggest the entry\'s term').optional(),
    why: z.string({error: 'a short reason ("why") for editors'}).trim().min(3, 'a short reason ("why") for editors'),
    /** Phrases where the word is fine: names of organizations, titles of sources. */
    allowIn: z.array(z.string().trim().min(1, 'a phrase where the word is fine')).optional()
  },
  {error: 'an item like {"term": "...", "why": "..."} (optional: "use", "allowIn")'}
);

export const glossaryEntrySchema = z.strictObject(
  {
    id: z
      .string({error: 'an id in lowercase letters, numbers and hyphens, like visa-t'})
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in lowercase letters, numbers and hyphens, like visa-t'),
    term: text('The term', 60),
    definition: text('The definition', 400),
    discouraged: z
      .strictObject(
        {es: z.array(discouragedItem).optional(), en: z.array(discouragedItem).optional()},
        {error: 'lists of words to avoid per language, like {"es": [...], "en": [...]}'}
      )
      .optional()
  },
  {error: 'an entry with "id", "term", "definition" (and optional "discouraged")'}
);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Glossary = GlossaryEntry[];

/** A word to avoid in one language, with what to write instead. */
export type DiscouragedTerm = {term: string; use: string; why: string; allowIn: string[]; entryId: string};

export function parseGlossary(data: unknown, file = 'content/glossary.json'): Glossary {
  const result = z
    .array(glossaryEntrySchema, {error: 'a list of entries, like [{"id": "visa-t", ...}]'})
    .superRefine((list, ctx) => {
      const ids = new Set<string>();
      const avoided = {es: new Map<string, string>(), en: new Map<string, string>()};
      list.forEach((entry, i) => {
        if (ids.has(entry.id))
          ctx.addIssue({code: 'custom', path: [i, 'id'], message: `the id "${entry.id}" is used twice`});
        ids.add(entry.id);
        for (const locale of ['es', 'en'] as const) {
          entry.discouraged?.[locale]?.forEach((item, j) => {
            const key = item.term.normalize('NFC').toLocaleLowerCase(locale);
            const first = avoided[locale].get(key);
            if (first) {
              ctx.addIssue({
                code: 'custom',
                path: [i, 'discouraged', locale, j, 'term'],
                message: `"${item.term}" is already listed to avoid under "${first}"`
              });
            }
            avoided[locale].set(key, entry.id);
          });
        }
      });
    })
    .safeParse(data);
  if (!result.success) {
    const list = Array.isArray(data) ? data : [];
    const lines = result.error.issues.map((issue) => {
      const [index, ...field] = issue.path;
      if (typeof index !== 'number') return `  ${file}  (whole file)  ${issue.message}`;
      const id = (list[index] as {id?: unknown} | undefined)?.id;
      const entry = typeof id === 'string' && id ? `entry ${index + 1} ("${id}")` : `entry ${index + 1}`;
      return `  ${file}  ${entry}  ${field.length ? field.join('.') : '(whole entry)'}  ${issue.message}`;
    });
    throw new Error(`The glossary has problems:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const glossary: Glossary = parseGlossary(rawGlossary);

/** Every word to avoid in pages of one language. */
export function discouragedTerms(locale: Locale, list: Glossary = glossary): DiscouragedTerm[] {
  return list.flatMap((entry) =>
    (entry.discouraged?.[locale] ?? []).map((item) => ({
      term: item.term,
      use: item.use ?? entry.term[locale],
      why: item.why,
      allowIn: item.allowIn ?? [],
      entryId: entry.id
    }))
  );
}

/** The entries in alphabetical order of their term in one language. */
export function sortedGlossary(locale: Locale, list: Glossary = glossary): Glossary {
  const collator = new Intl.Collator(locale, {sensitivity: 'base', numeric: true});
  return [...list].sort((a, b) => collator.compare(a.term[locale], b.term[locale]));
}
