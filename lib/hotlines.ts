import {z} from 'zod';
import rawHotlines from '@/content/hotlines.json';
import type {Locale} from '@/i18n/routing';

/**
 * Hotline numbers: one data file (content/hotlines.json), checked here.
 * Every number on the site comes from this module.
 */

const text = (what: string) =>
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

const phoneNumber = z
  .string()
  .regex(
    /^(\+[1-9]\d{7,14}|\d{3,6})$/,
    'a phone number in E.164 form (like +18883737888) or a short code of 3 to 6 digits (like 911)'
  );

const httpsUrl = z.url({protocol: /^https$/, error: 'an absolute https:// address'});

const channel = z.strictObject({
  number: phoneNumber,
  display: z.string().trim().min(3, 'the number as people should read it, like 1-888-373-7888'),
  note: text('The note').optional()
});

/** How a person checked the line live. Add one only after really calling, texting or chatting. */
export const liveChecks = ['call', 'text', 'chat'] as const;
export type LiveCheck = (typeof liveChecks)[number];

/**
 * What was actually done to check a line's facts: when, against which official page,
 * and whether anyone confirmed them live. The site shows this under the hotline.
 */
const review = z.strictObject(
  {
    date: z.iso.date({
      error: (issue) =>
        issue.input === undefined
          ? 'The review date is missing: write the day you last checked this line against its official page, like "2026-11-23"'
          : 'a date written as YYYY-MM-DD, like 2026-11-23, on a day that exists'
    }),
    against: z.url({
      protocol: /^https$/,
      error: (issue) =>
        issue.input === undefined
          ? 'The official page is missing: write the https:// address of the page you checked this line against'
          : 'an absolute https:// address'
    }),
    confirmedBy: z
      .array(
        z.enum(liveChecks, {error: 'one of "call", "text" or "chat": only what someone really did to check the line'}),
        {
          error: (issue) =>
            issue.input === undefined
              ? 'The list of live checks is missing: write "confirmedBy": [] if nobody called or texted the line, or ["call"] after calling it'
              : 'a list such as [] or ["call", "text"]'
        }
      )
      .refine((list) => new Set(list).size === list.length, 'each of "call", "text" and "chat" at most once')
  },
  {
    error: (issue) =>
      issue.input === undefined
        ? 'The review is missing: write "review": {"date": "2026-11-23", "against": "https://...", "confirmedBy": []}'
        : 'the review, written like {"date": "2026-11-23", "against": "https://...", "confirmedBy": []}'
  }
);

export const hotlineSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in lowercase letters and hyphens'),
    name: text('The name'),
    /** A word or two for the line of numbers at the top of every page, like "Trata" / "Trafficking". */
    shortName: text('The short name'),
    summary: text('The summary'),
    call: channel,
    text: channel
      .extend({
        keyword: z
          .union([z.string().trim().min(1), z.strictObject({es: z.string().optional(), en: z.string().optional()})])
          .optional()
      })
      .optional(),
    tty: channel.optional(),
    website: z.strictObject({es: httpsUrl, en: httpsUrl}).optional(),
    /** true when the line offers web chat on its website (the quiet channel when someone is nearby). */
    chat: z.boolean({error: 'true or false'}).optional(),
    hours: text('The hours'),
    languages: text('The languages'),
    note: text('The note').optional(),
    review,
    /**
     * What the research marks as uncertain about the facts shown (hours, languages, notes),
     * in both languages. The full card shows it as "not confirmed". A number that is
     * uncertain is never published.
     */
    unconfirmed: text('The note on what is not confirmed').optional()
  })
  .refine((h) => !h.chat || h.website, {
    message: 'a "website" in both languages: the chat link goes to it',
    path: ['website']
  });

export type Hotline = z.infer<typeof hotlineSchema>;

export function parseHotlines(data: unknown, file = 'content/hotlines.json'): Hotline[] {
  const result = z
    .array(hotlineSchema)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((h, i) => {
        if (seen.has(h.id)) ctx.addIssue({code: 'custom', path: [i, 'id'], message: `the id "${h.id}" is used twice`});
        seen.add(h.id);
      });
    })
    .safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : '(whole file)';
      return `  ${file}  ${where}  ${issue.message}`;
    });
    throw new Error(`The hotline data has problems:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const hotlines: Hotline[] = parseHotlines(rawHotlines);

/** A review older than this is reported by `npm run content:check`. */
export const REVIEW_MAX_AGE_MONTHS = 12;

/**
 * Whether a review date (YYYY-MM-DD) is more than `months` months before `today`.
 * Exactly 12 months old is still fine; the day after, it is stale.
 */
export function isReviewStale(reviewDate: string, today: Date | string, months = REVIEW_MAX_AGE_MONTHS): boolean {
  const todayIso = typeof today === 'string' ? today : today.toISOString().slice(0, 10);
  const [y, m, d] = reviewDate.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  // Compared as text: "2027-11-23" < "2027-11-24". A 31st or a 29 February past its month's end
  // simply becomes stale from the 1st of the next month.
  const due = `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return todayIso > due;
}

/** The hotlines whose facts were last reviewed more than 12 months before `today`. */
export function staleReviews(list: Hotline[], today: Date | string): Hotline[] {
  return list.filter((h) => isReviewStale(h.review.date, today));
}

/** The line of a hotline's review date in the JSON text (else its id's line), for messages to editors. */
export function hotlineLine(json: string, id: string): number | undefined {
  const lines = json.split('\n');
  const idLine = lines.findIndex((l) => new RegExp(`"id"\\s*:\\s*"${id.replace(/[^a-z0-9-]/g, '')}"`).test(l));
  if (idLine < 0) return undefined;
  let inReview = false;
  for (let i = idLine + 1; i < lines.length && !/"id"\s*:/.test(lines[i]); i++) {
    if (/"review"\s*:/.test(lines[i])) inReview = true;
    if (inReview && /"date"\s*:/.test(lines[i])) return i + 1;
  }
  return idLine + 1;
}

export function getHotline(id: string): Hotline | undefined {
  return hotlines.find((h) => h.id === id);
}

export function telHref(number: string): string {
  return `tel:${number}`;
}

/** sms: link; "?&body=" is the form both iOS and Android fill in. */
export function smsHref(number: string, keyword?: string): string {
  return keyword ? `sms:${number}?&body=${encodeURIComponent(keyword)}` : `sms:${number}`;
}

export function textKeyword(h: Hotline, locale: Locale): string | undefined {
  const k = h.text?.keyword;
  return typeof k === 'string' ? k : k?.[locale];
}
