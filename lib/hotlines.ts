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
      es: z.string({error: `${what} in Spanish (es) is missing`}).trim().min(1, `${what} in Spanish (es) is empty`),
      en: z.string({error: `${what} in English (en) is missing`}).trim().min(1, `${what} in English (en) is empty`)
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

export const hotlineSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in lowercase letters and hyphens'),
    name: text('The name'),
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
    hours: text('The hours'),
    languages: text('The languages'),
    note: text('The note').optional(),
    /** false where the research marks a fact as uncertain: the site then says so. */
    verified: z.boolean(),
    unverifiedNote: text('The note on what is uncertain').optional()
  })
  .refine((h) => h.verified || h.unverifiedNote, {
    message: 'a hotline marked "verified": false needs an "unverifiedNote" saying what is uncertain, in both languages',
    path: ['unverifiedNote']
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
