import {z} from 'zod';
import {topicIds} from './topics';

/**
 * The frontmatter editors write at the top of every content/<locale>/<slug>.mdx.
 * Messages are written for editors: they say what was expected.
 */

/** Characters the share-image fonts can draw (lib/share-image.tsx); others would make the build fetch a font. */
const shareImageCharacters = /^[\u0020-\u007E\u00A0-\u00FF\u2010-\u2027\u2030-\u203A\u20AC]*$/;

const isoDate = z.iso.date({error: 'a date written as YYYY-MM-DD, like 2026-11-22'});
/** A translationNotNeeded value: 2026-11-22, or 2026-11-22 15:42. */
export const noteValue = /^\d{4}-\d{2}-\d{2}(?: (?:[01]\d|2[0-3]):[0-5]\d)?$/;
const noteError = 'a date written as YYYY-MM-DD, like 2026-11-22 (or with the time, like 2026-11-22 15:42)';

export const kinds = ['article', 'guide', 'page'] as const;
export const audiences = ['survivors', 'advocates', 'everyone'] as const;

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

export const frontmatterSchema = z
  .strictObject({
    id: z
      .string({error: 'an id in lowercase letters, numbers and hyphens, the same in both languages'})
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in lowercase letters, numbers and hyphens, like safety-planning'),
    title: z
      .string({error: 'a title of 10 to 90 characters'})
      .trim()
      .min(10, 'a title of at least 10 characters')
      .max(90, 'a title of at most 90 characters')
      .regex(shareImageCharacters, 'a title in letters, numbers and common punctuation (no emoji or symbols)'),
    description: z
      .string({error: 'a description of 50 to 160 characters'})
      .trim()
      .min(50, 'a description of at least 50 characters (it is shown by search engines and on share cards)')
      .max(160, 'a description of at most 160 characters (longer ones are cut off by search engines)'),
    kind: z.enum(kinds, {error: `one of ${list(kinds)}`}),
    audience: z.enum(audiences, {error: `one of ${list(audiences)}`}),
    topics: z
      .array(z.enum(topicIds, {error: `a topic from the list: ${list(topicIds)}`}), {
        error: 'a list of topics, like [safety, rights]'
      })
      .min(1, 'at least one topic')
      .max(4, 'at most 4 topics'),
    published: isoDate,
    updated: isoDate.optional(),
    /**
     * The day someone last checked the whole page against its sources (not the file's date), shown on
     * the page. The content check requires it on every page (lib/content/recorded-facts.ts).
     */
    reviewed: isoDate.optional(),
    source: z
      .strictObject(
        {
          organization: z.string({error: 'the name of the organization'}).trim().min(2, 'the name of the organization'),
          title: z.string({error: 'the title of the source'}).trim().min(2, 'the title of the source'),
          date: isoDate.optional(),
          url: z.url({protocol: /^https$/, error: 'a full, secure web address starting with https://'}).optional(),
          /** The language the source is written in (screen readers read its title in it); English when not given. */
          language: z.enum(['es', 'en'], {error: '"es" or "en", the language the source is written in'}).optional()
        },
        {error: 'the source, with organization and title (date and url when known)'}
      )
      .optional(),
    draft: z.boolean({error: 'true or false'}).optional(),
    /**
     * The changes to this file up to the change that wrote this line need nothing done in the other
     * language (lib/content/translation-status.ts): a day, or a day and a time (a second note the same day).
     */
    translationNotNeeded: z
      .string({error: noteError})
      .refine((v) => noteValue.test(v) && isoDate.safeParse(v.slice(0, 10)).success, {error: noteError})
      .optional()
  })
  .superRefine((fm, ctx) => {
    if (fm.kind !== 'page' && !fm.source) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'a source (organization and title) for every article and guide'
      });
    }
    if (fm.updated && fm.updated < fm.published) {
      ctx.addIssue({code: 'custom', path: ['updated'], message: `a date on or after "published" (${fm.published})`});
    }
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type Kind = Frontmatter['kind'];
export type Audience = Frontmatter['audience'];
