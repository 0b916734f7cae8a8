import {closest, distance} from 'fastest-levenshtein';
import {routing, type Locale} from '@/i18n/routing';
import type {Entry, Problem} from './load';
import {fixedPaths} from './paths';

/**
 * Links in the text to pages of this site (/es/…, /en/…): each must lead to a page that exists
 * and is published. A link that misses says which page was probably meant.
 */

type Linking = Pick<Entry, 'file' | 'locale' | 'href' | 'internalLinks' | 'draft'>;

/**
 * Reports every link to a page that does not exist, and every link from a published page to a
 * draft (drafts are never built). `entries` are all the files read, drafts among them. `unread`
 * are files whose fields have problems: a link to one is not reported, only its problems.
 */
export function checkInternalLinks(entries: Linking[], problems: Problem[], unread: {locale: Locale; slug: string}[] = []): void {
  const known = siteAddresses(entries);
  const drafts = new Map(entries.filter((e) => e.draft).map((e) => [e.href, e]));
  const toUnread = (target: string) => unread.some((f) => target.startsWith(`/${f.locale}/`) && target.endsWith(`/${f.slug}`));
  for (const e of entries) {
    for (const link of e.internalLinks) {
      const target = pageOf(link.href);
      const draft = drafts.get(target);
      if (draft && !e.draft) {
        problems.push({
          file: e.file,
          line: link.line,
          field: 'link',
          expected: `a link to a published page: remove the link, or publish that page (remove "draft: true" from ${draft.file})`,
          found: `${link.href}, a draft that will not be on the site`
        });
      }
      if (known.has(target) || toUnread(target)) continue;
      const meant = nearestAddress(target, [...known], e.locale);
      const expected = meant
        ? `a link to a page of this site that exists: did you mean ${meant}${link.href.slice(target.length)}?`
        : `a link to a page of this site that exists: ${howToFind(languageOf(target) ?? e.locale)}`;
      problems.push({file: e.file, line: link.line, field: 'link', expected, found: link.href});
    }
  }
}

/** Every address a link may lead to: the entries' pages and the pages that exist without a file. */
export function siteAddresses(entries: Pick<Entry, 'href'>[]): Set<string> {
  const known = new Set<string>(entries.map((e) => e.href));
  for (const locale of routing.locales) Object.values(fixedPaths(locale)).forEach((p) => known.add(p));
  return known;
}

/** The page a link leads to, without its #section or ?query and without a trailing slash. */
function pageOf(href: string): string {
  const page = href.split(/[?#]/)[0];
  return page.length > 1 ? page.replace(/\/$/, '') : page;
}

function languageOf(address: string): Locale | undefined {
  return routing.locales.find((l) => address === `/${l}` || address.startsWith(`/${l}/`));
}

/**
 * The existing address closest to `target`: the same file name under another section or language
 * (/es/guias/x for /es/articulos/x), else a near spelling in the link's language. Null when nothing
 * is close enough to be a typing slip (about one letter in three of the file name).
 */
export function nearestAddress(target: string, known: string[], fileLocale: Locale): string | null {
  // A link without its language (/articulos/x) means the page's own language.
  const address = languageOf(target) ? target : `/${fileLocale}${target === '/' ? '' : target}`;
  if (known.includes(address)) return address;
  const name = address.split('/').pop() ?? '';
  const sameName = known.filter((k) => name.length > 2 && k.split('/').pop() === name);
  if (sameName.length) return closest(address, sameName);

  const locale = languageOf(address) ?? fileLocale;
  const candidates = known.filter((k) => languageOf(k) === locale);
  if (!candidates.length) return null;
  const best = closest(address, candidates);
  return distance(address, best) <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

function howToFind(locale: Locale): string {
  const {articles, guides} = fixedPaths(locale);
  return (
    `copy the address from the page in the preview; pages are /${locale}/ and the file name, ` +
    `articles ${articles}/ and the file name, guides ${guides}/ and the file name (without .mdx), ` +
    `like ${articles}/${locale === 'es' ? 'senales-de-trata' : 'signs-of-trafficking'}`
  );
}
