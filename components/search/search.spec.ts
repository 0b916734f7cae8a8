import fs from 'node:fs';
import path from 'node:path';
import {expect, type Page} from '@playwright/test';
import {parse} from 'parse5';
import {fixedPaths} from '../../lib/content/paths';
import {places, placesIn} from '../../lib/directory-places';
import {placePath} from '../../lib/pages';
import {entries, expectNoTrace, locales, newCheckedPage, site, test, watchOrigin} from '../../tests/e2e/site';
import es from '../../messages/es.json';
import en from '../../messages/en.json';

/**
 * Search in a real browser, against the index the build wrote. What to search for is read from the
 * built pages themselves (the text Pagefind indexes), never written down here.
 */

const messages = {es, en};
const site_ = path.resolve(process.env.SITE_DIST ?? 'dist', 'site');

type Node = {nodeName: string; tagName?: string; value?: string; attrs?: {name: string; value: string}[]; childNodes?: Node[]};

/** The indexed text of a built page: its <main data-pagefind-body>, without [data-pagefind-ignore] parts. */
function indexedText(file: string): string | undefined {
  const doc = parse(fs.readFileSync(file, 'utf8')) as unknown as Node;
  const has = (n: Node, name: string) => n.attrs?.some((a) => a.name === name);
  const text = (n: Node): string =>
    n.nodeName === '#text' ? ` ${n.value} ` : has(n, 'data-pagefind-ignore') || n.tagName === 'script' ? ' ' : (n.childNodes ?? []).map(text).join('');
  const find = (n: Node): Node | undefined =>
    n.tagName === 'main' && has(n, 'data-pagefind-body') ? n : (n.childNodes ?? []).map(find).find(Boolean);
  const main = find(doc);
  return main && text(main);
}

/** Every page in the index of one language (home, entries, directory places), with the words of its indexed text. */
function indexedPages(locale: 'es' | 'en') {
  const paths = [
    fixedPaths(locale).home,
    ...entries.filter((e) => e.locale === locale).map((e) => e.href),
    ...placesIn(locale).map((place) => placePath(locale, place))
  ];
  return paths.map((href) => {
    const text = indexedText(path.join(site_, `${href}.html`)) ?? '';
    return {href, words: new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])};
  });
}

const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * A long word found on exactly one article, guide or core page, with nothing on any other indexed page that
 * stemming could match to it (no other word sharing its first five letters, or whose stem it starts with).
 */
function uniqueWord(locale: 'es' | 'en', {accented = false} = {}) {
  const pages = indexedPages(locale);
  const candidates = new Set(entries.filter((e) => e.locale === locale).map((e) => e.href));
  for (const p of pages.filter((x) => candidates.has(x.href))) {
    const others = new Set(pages.filter((o) => o !== p).flatMap((o) => [...o.words].map(plain)).filter((w) => w.length >= 4));
    const clashes = (w: string) =>
      [...others].some((o) => o.startsWith(w.slice(0, 5)) || w.startsWith(o.slice(0, Math.max(4, o.length - 2))));
    const found = [...p.words]
      .filter((w) => w.length >= 8 && (!accented || w !== plain(w)) && !clashes(plain(w)))
      .sort((a, b) => b.length - a.length || a.localeCompare(b));
    if (found.length) return {word: found[0], href: p.href};
  }
  throw new Error(`no unique ${accented ? 'accented ' : ''}word in the ${locale} pages`);
}

async function search(page: Page, words: string) {
  const input = page.locator('#search-words');
  await input.fill(words);
  await input.press('Enter');
  await expect(page.locator('.search-status')).not.toHaveText('');
  await expect(page.locator('.search-status')).not.toHaveText(/…/);
}

const resultLinks = (page: Page) => page.locator('.search-result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

for (const locale of locales) {
  const t = messages[locale].Search;
  const searchPath = fixedPaths(locale).search;

  test.describe(`search (${locale})`, () => {
    test('a word found on exactly one page finds that page first, in this language only', async ({page}) => {
      const {word, href} = uniqueWord(locale);
      await page.goto(searchPath);
      await search(page, word);
      const links = await resultLinks(page);
      expect(links[0], `searching "${word}"`).toBe(href);
      expect(links.every((l) => l!.startsWith(`/${locale}`))).toBe(true);
      await expect(page.locator('.search-result mark').first()).toBeVisible();
      await page.locator('.search-result h3 a').first().click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
    });

    test('with the on-screen keyboard up, the first result shows above it, under the exit', async ({page}) => {
      const {word} = uniqueWord(locale);
      // Chrome on a 360 × 740 phone with a 290 px keyboard: the page itself is 450 px tall.
      await page.setViewportSize({width: 360, height: 740});
      await page.goto(searchPath);
      await page.locator('#search-words').click();
      await page.setViewportSize({width: 360, height: 450});
      await search(page, word);
      const seen = await page.evaluate(() => {
        const exit = document.querySelector('a.quick-exit-button')!.getBoundingClientRect();
        const field = document.getElementById('search-words')!.getBoundingClientRect();
        const result = document.querySelector('.search-result h3 a')!.getBoundingClientRect();
        return {field: field.top >= exit.bottom && field.bottom <= innerHeight, result: result.top >= 0 && result.bottom <= innerHeight};
      });
      expect(seen).toEqual({field: true, result: true});
      await expect(page.locator('#search-words')).toBeFocused();
    });

    test('the kind of page and its audience show under each result', async ({page}) => {
      const {word, href} = uniqueWord(locale);
      const entry = entries.find((e) => e.href === href)!;
      const kind = messages[locale].Content[entry.kind === 'guide' ? 'kindGuide' : entry.kind === 'article' ? 'kindArticle' : 'kindPage'];
      await page.goto(searchPath);
      await search(page, word);
      await expect(page.locator('.search-result-kind').first()).toHaveText(
        `${kind} · ${messages[locale].Content.forAudience.replace('{audience}', messages[locale].Audience[entry.audience])}`
      );
    });

    test('nothing leaves the phone: no request off the site, no storage, the address unchanged', async ({page, context, baseURL}) => {
      const watch = await watchOrigin(context, baseURL!);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(searchPath);
      const before = await page.evaluate(() => ({url: location.href, history: history.length}));
      const {word} = uniqueWord(locale);
      await search(page, word);
      await search(page, 'visa');
      expect(await page.evaluate(() => ({url: location.href, history: history.length}))).toEqual(before);
      expect(requests.some((r) => r.includes(encodeURIComponent(word)) || r.includes(word))).toBe(false);
      expect(requests.filter((r) => !r.startsWith(`${baseURL}/pagefind/`) && !r.endsWith(searchPath) && !r.includes('/icon?'))).toEqual([]);
      expect(watch.offsite).toEqual([]);
      await expectNoTrace(page);
      const stores = await page.evaluate(async () => ({
        indexedDB: (await indexedDB.databases()).length,
        caches: (await caches.keys()).length,
        workers: (await navigator.serviceWorker.getRegistrations()).length
      }));
      expect(stores).toEqual({indexedDB: 0, caches: 0, workers: 0});
    });

    test('bad input gets a calm "nothing found" with a hotline, never an error', async ({page}) => {
      await page.goto(searchPath);
      // Symbols, another alphabet, 1,000 characters (cut to 200 by the field), quotes and backslashes.
      for (const words of ['%$#@!^&*', 'ЖЖЖ ԱԲԳ 漢字', 'zqxjkw'.repeat(167), '"" \'\' \\\\']) {
        await search(page, words);
        await expect(page.locator('.search-status')).toHaveText(t.none);
        await expect(page.locator('[data-search-none]')).toBeVisible();
        await expect(page.locator('[data-search-none] a[href^="tel:"]').first()).toBeVisible();
      }
      // Markup typed into the field is text, never markup on the page.
      await search(page, '<img src=x onerror=alert(1)>');
      await expect(page.locator('.search-results img')).toHaveCount(0);
      await page.locator('#search-words').fill('');
      await page.locator('#search-words').press('Enter');
      await expect(page.locator('.search-status')).toHaveText('');
      await expect(page.locator('.search-result')).toHaveCount(0);
      await expect(page.locator('[data-search-none]')).toBeHidden();
    });

    test('typing is safe: one Escape in the field does not leave; Shift three times does', async ({page, context, baseURL}) => {
      await watchOrigin(context, baseURL!);
      await page.goto(searchPath);
      const input = page.locator('#search-words');
      await input.click();
      await input.press('Escape');
      await page.waitForTimeout(300);
      await input.press('Escape');
      await page.waitForTimeout(300);
      expect(new URL(page.url()).pathname).toBe(searchPath);
      await input.press('Shift');
      await input.press('Shift');
      await input.press('Shift');
      await expect(page).toHaveURL(site.exitUrl[locale]);
    });

    test('without JavaScript the page lists every page by topic and says search needs JavaScript', async ({browser}) => {
      const {page, close} = await newCheckedPage(browser, {javaScriptEnabled: false});
      await page.goto(searchPath);
      await expect(page.getByText(t.needsJavaScript)).toBeVisible();
      await expect(page.locator('form[role="search"]')).toBeHidden();
      for (const e of entries.filter((x) => x.locale === locale)) {
        await expect(page.locator(`main a[href="${e.href}"]`).first()).toBeAttached();
      }
      await close();
    });

    test('every page links to search from its header, and only the search page loads the search', async ({page}) => {
      const scripts: string[] = [];
      page.on('request', (r) => /\/pagefind\//.test(r.url()) && scripts.push(r.url()));
      await page.goto(`/${locale}`);
      await page.locator('a.header-search').click();
      await expect(page).toHaveURL(new RegExp(`${searchPath}$`));
      expect(scripts).toEqual([]);
      await page.locator('#search-words').focus();
      await expect.poll(() => scripts.some((s) => s.endsWith('/pagefind/pagefind.js'))).toBe(true);
    });
  });
}

test('the words a teenager types find the under-18 page among the first results', async ({page}) => {
  // "niño" is on most pages: there the page must be found, not first.
  for (const [locale, words] of [
    ['es', [['menor', 3], ['menor de edad', 3], ['adolescente', 3], ['niño', 20]]],
    ['en', [['minor', 3], ['teen', 3], ['underage', 3]]]
  ] as const) {
    const href = entries.find((e) => e.id === 'under-18' && e.locale === locale)!.href;
    await page.goto(fixedPaths(locale).search);
    for (const [word, first] of words) {
      await search(page, word);
      expect((await resultLinks(page)).slice(0, first), `"${word}"`).toContain(href);
    }
  }
});

test('an accented Spanish word is found without its accent', async ({page}) => {
  const {word, href} = uniqueWord('es', {accented: true});
  await page.goto(fixedPaths('es').search);
  await search(page, plain(word));
  expect((await resultLinks(page))[0], `searching "${plain(word)}" for "${word}"`).toBe(href);
});

test('the build indexed every published page of both languages, and nothing else', async ({request}) => {
  const entry = JSON.parse(fs.readFileSync(path.join(site_, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  for (const locale of locales) {
    // The home page, every entry, and every place of the directory (components/directory/).
    const expected = 1 + entries.filter((e) => e.locale === locale).length + places.length;
    expect(entry.languages[locale]?.page_count, locale).toBe(expected);
  }
  expect(Object.keys(entry.languages).sort()).toEqual([...locales].sort());
  const bundle = await request.get('/pagefind/pagefind.js');
  expect(bundle.status()).toBe(200);
  expect(bundle.headers()['content-security-policy']).toContain("connect-src 'self'");
});
