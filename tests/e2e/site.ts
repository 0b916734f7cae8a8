import {expect, type Page, type BrowserContext} from '@playwright/test';
import {loadContent} from '../../lib/content/load';
import {fixedPaths} from '../../lib/content/paths';
import {allPagesOf, pathsOf} from '../../lib/pages';
import {site} from '../../lib/site';
import {routing, otherLocale, type Locale} from '../../i18n/routing';

/** What the browser tests know about the site, read from the same sources as the site. */

export const {entries} = loadContent({includeDrafts: false});
export const locales = routing.locales;
export {site, otherLocale};

export type SitePage = {locale: Locale; path: string; counterpart: string};

/** Every page of the site in both languages, with the address of its counterpart. */
export function allPages(): SitePage[] {
  return locales.flatMap((locale) => {
    const other = otherLocale(locale);
    return [
      {locale, path: fixedPaths(locale).home, counterpart: fixedPaths(other).home},
      ...allPagesOf(locale).map((page) => ({locale, path: pathsOf(page)[locale], counterpart: pathsOf(page)[other]}))
    ];
  });
}

/** A page that stands in for the neutral exit destination, so nothing leaves the machine. */
export const neutralPage = '<!doctype html><html lang="en"><title>Weather</title><h1>Weather forecast</h1></html>';

/**
 * Records every request that leaves the site's origin. The exit destination is
 * answered locally (and counted separately); anything else is aborted.
 */
export async function watchOrigin(context: BrowserContext, origin: string) {
  const offsite: string[] = [];
  const exits: {url: string; referer: string | undefined}[] = [];
  const exitUrls = new Set(Object.values(site.exitUrl));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    if (exitUrls.has(url)) {
      exits.push({url, referer: (await route.request().allHeaders())['referer']});
      return route.fulfill({status: 200, contentType: 'text/html', body: neutralPage});
    }
    offsite.push(url);
    return route.abort();
  });
  return {offsite, exits};
}

export async function expectNoTrace(page: Page) {
  expect(await page.context().cookies()).toEqual([]);
  const storage = await page.evaluate(() => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length
  }));
  expect(storage).toEqual({cookie: '', local: 0, session: 0});
}
