import {test as base, expect, type Page, type BrowserContext} from '@playwright/test';
import {loadContent} from '../../lib/content/load';
import {fixedPaths} from '../../lib/content/paths';
import {allPagesOf, pathsOf} from '../../lib/pages';
import {site} from '../../lib/site';
import {routing, otherLocale, type Locale} from '../../i18n/routing';

/** What the browser tests know about the site, read from the same sources as the site. */

/**
 * Records every console error and uncaught exception of a page: a CSP violation, a script error or a
 * resource that failed. Tests that visit a missing page on purpose list the errors they expect.
 */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/** Playwright's test, failing any test whose page logs an error it did not expect. */
export const test = base.extend<{expectedConsoleErrors: RegExp[]}>({
  expectedConsoleErrors: [[], {option: true}],
  page: async ({page, expectedConsoleErrors}, provide) => {
    const errors = watchConsole(page);
    await provide(page);
    expect(errors.filter((e) => !expectedConsoleErrors.some((re) => re.test(e))), 'console errors').toEqual([]);
  }
});

/** A new context with the same console check (for tests that turn JavaScript off, for example). */
export async function newCheckedPage(browser: import('@playwright/test').Browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = watchConsole(page);
  return {
    context,
    page,
    async close(expected: RegExp[] = []) {
      await context.close();
      expect(errors.filter((e) => !expected.some((re) => re.test(e))), 'console errors').toEqual([]);
    }
  };
}

/** Chromium's console line for a response with an error status, as on the 404 page. */
export const notFoundConsoleError = /status of 404/;

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
