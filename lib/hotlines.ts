import {z} from 'zod';
import rawHotlines from '@/content/hotlines.json';
import type {Locale} from '@/i18n/routing';
import {
  loadRecord,
  parseRecord,
  factBase,
  isReviewStale,
  isoDate,
  phrasePattern,
  reviewSchema,
  text,
  type ForbiddenPhrase,
  type Review
} from '@/lib/facts';

/**
 * Hotline numbers: one data file (content/hotlines.json), checked here.
 * Every number on the site comes from this module.
 */

export const phoneNumber = z
  .string()
  .regex(
    /^(\+[1-9]\d{7,14}|\d{3,6})$/,
    'a phone number in E.164 form (like +18883737888) or a short code of 3 to 6 digits (like 911)'
  );

export const httpsUrl = z.url({protocol: /^https$/, error: 'an absolute https:// address'});

const channel = z.strictObject({
  number: phoneNumber,
  display: z.string().trim().min(3, 'the number as people should read it, like 1-888-373-7888'),
  note: text('The note').optional()
});

/** Facts that differ by channel (hours, languages): the phone call, text messages and web chat. */
const perChannel = (what: string) =>
  z.strictObject({
    call: text(`${what} by phone`),
    text: text(`${what} by text message`).optional(),
    chat: text(`${what} by chat`).optional(),
    ...factBase
  });

/**
 * Everything about a line that can change in the world, each with the review that checked it.
 * Policies and operators are due for review every 6 months, numbers and the rest every 12.
 */
const hotlineFacts = {
  /** The review of the numbers (call, text, TTY). */
  numbers: z.strictObject({review: reviewSchema}),
  /** Who answers the line, and since when. A line with no single operator (911) has none. */
  operator: z
    .strictObject({
      name: z.string().trim().min(2, 'the name of the organization that runs the line'),
      since: isoDate('2025-09-22'),
      /** A few words on who they are: "una organización sin fines de lucro de San Antonio, Texas". */
      about: text('What the operator is'),
      /** Who ran it before, said as history, with dates. */
      before: text('Who ran the line before').optional(),
      ...factBase
    })
    .optional(),
  /** What the line may pass on, to whom and when (police, child protection, immigration), and what a caller can do. */
  sharing: z.strictObject({
    summary: text('The summary of what the line may share'),
    points: z.array(text('A point about what the line may share')).min(1, 'at least one point'),
    whatYouCanDo: z.array(text('A step the caller can take')).optional(),
    ...factBase
  }),
  hours: perChannel('The hours'),
  languages: perChannel('The languages'),
  cost: z.strictObject({say: text('What it costs'), ...factBase})
};

/** Months between reviews for each kind of fact (the content check warns after them; it never fails a build). */
export const reviewEveryMonths = {numbers: 12, operator: 6, sharing: 6, hours: 12, languages: 12, cost: 12} as const;
export type HotlineFactName = keyof typeof reviewEveryMonths;

/** The MDX component that shows each fact, named in the content check's messages. */
export const factComponent: Partial<Record<HotlineFactName, (id: string) => string>> = {
  operator: (id) => `<HotlineOperator id="${id}" />`,
  sharing: (id) => `<HotlineSharing id="${id}" />`,
  hours: (id) => `<Hotline id="${id}" />`,
  languages: (id) => `<Hotline id="${id}" />`,
  cost: (id) => `<Hotline id="${id}" />`
};

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
    note: text('The note').optional(),
    ...hotlineFacts
  })
  .refine((h) => !h.chat || h.website, {
    message: 'a "website" in both languages: the chat link goes to it',
    path: ['website']
  });

export type Hotline = z.infer<typeof hotlineSchema>;

export function parseHotlines(
  data: unknown,
  file = 'content/hotlines.json',
  json?: string | (() => string | undefined)
): Hotline[] {
  return parseRecord(hotlineSchema, data, {file, json, title: 'The hotline data'});
}

/** The record: content/hotlines.json, or the one in CONTENT_DIR when a test's content folder has its own. */
const record = loadRecord('hotlines.json', rawHotlines);
export const hotlines: Hotline[] = parseHotlines(record.data, record.file, record.text);

/** Every recorded fact of every line, with its review, for the content check. */
export function hotlineReviews(
  list: Hotline[]
): {hotline: Hotline; fact: HotlineFactName; review: Review; months: number}[] {
  return list.flatMap((hotline) =>
    (Object.keys(reviewEveryMonths) as HotlineFactName[]).flatMap((fact) => {
      const value = hotline[fact];
      return value ? [{hotline, fact, review: value.review, months: reviewEveryMonths[fact]}] : [];
    })
  );
}

/** The facts whose review is older than their kind allows (6 months for operators and policies, 12 for the rest). */
export function staleHotlineFacts(list: Hotline[], today: Date | string) {
  return hotlineReviews(list).filter((r) => isReviewStale(r.review.date, today, r.months));
}

/** The phrases each line's record says must not be written by hand, with the component to use instead. */
export function forbiddenHotlinePhrases(list: Hotline[]): ForbiddenPhrase[] {
  return list.flatMap((h) =>
    (Object.keys(reviewEveryMonths) as HotlineFactName[]).flatMap((fact) => {
      const value = h[fact];
      const phrases = value && 'mustNotWrite' in value ? value.mustNotWrite : undefined;
      if (!phrases) return [];
      return (['es', 'en'] as const).flatMap((locale) =>
        (phrases[locale] ?? []).map((phrase) => ({
          locale,
          phrase,
          pattern: phrasePattern(phrase),
          fact: `${h.id} ${fact}`,
          use: factComponent[fact]?.(h.id) ?? `<Hotline id="${h.id}" />`,
          file: 'content/hotlines.json'
        }))
      );
    })
  );
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
