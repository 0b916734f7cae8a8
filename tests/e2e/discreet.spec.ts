import {expect} from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import {discreetHref} from '../../lib/pages';
import {entries, test} from './site';

/**
 * Discreet links (/es/i/<code>): the same page once opened, but a link preview that says nothing
 * of the topic. And a deployment build that never says "localhost".
 */

const neutral = {es: {title: 'Información y apoyo'}, en: {title: 'Information and support'}} as const;

/** The words of 4 letters or more of a title, lower case, without accents. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const titleWords = (title: string) => fold(title).match(/\p{L}{4,}/gu) ?? [];

test('every page has a discreet address: neutral preview, noindex, canonical to the page, same content', async ({page, request}) => {
  test.setTimeout(240_000);
  const images = new Map<string, string>();
  for (const entry of entries) {
    const address = discreetHref(entry);
    expect(address).toMatch(new RegExp(`^/${entry.locale}/i/[0-9a-f]{8}$`));
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(200);
    const head = page.locator('head');
    const meta = (selector: string) => page.evaluate((s) => document.head.querySelector(s)?.getAttribute('content') ?? '', selector);
    expect(await meta('meta[name="robots"]'), address).toMatch(/noindex/);
    const canonical = (await head.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(new URL(canonical).pathname, address).toBe(entry.href);
    expect(await head.locator('link[rel="alternate"][hreflang]').count()).toBe(0);

    const preview = {
      title: await page.title(),
      ogTitle: await meta('meta[property="og:title"]'),
      description: await meta('meta[name="description"]'),
      ogDescription: await meta('meta[property="og:description"]'),
      twitterTitle: await meta('meta[name="twitter:title"]'),
      imageAlt: await meta('meta[property="og:image:alt"]'),
      image: await meta('meta[property="og:image"]'),
      siteName: await meta('meta[property="og:site_name"]')
    };
    expect(preview.title).toBe(neutral[entry.locale].title);
    expect(preview.ogTitle).toBe(neutral[entry.locale].title);
    expect(new URL((await meta('meta[property="og:url"]'))).pathname).toBe(address);
    const said = fold(Object.values(preview).join(' '));
    const leaked = titleWords(entry.title).filter((word) => said.includes(word));
    expect(leaked, `${address} (${entry.title}) shows words of its title in its preview`).toEqual([]);

    // One neutral image per language, never the page's own.
    const imagePath = new URL(preview.image).pathname;
    expect(imagePath).toBe(`/${entry.locale}/i/opengraph-image`);
    if (!images.has(imagePath)) {
      const image = await request.get(imagePath);
      expect(image.status()).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');
      images.set(imagePath, (await image.body()).toString('base64'));
    }

    // Once opened, the same page: its h1 and the text of its main.
    const discreet = {h1: await page.locator('main h1').innerText(), text: await page.locator('main').innerText()};
    await page.goto(entry.href);
    expect(discreet.h1).toBe(entry.title);
    expect(discreet).toEqual({h1: await page.locator('main h1').innerText(), text: await page.locator('main').innerText()});
  }
  // The neutral image is not any page's own image.
  const own = await request.get(`${entries[0].href}/opengraph-image`);
  for (const image of images.values()) expect(image).not.toBe((await own.body()).toString('base64'));
});

test('discreet addresses stay out of the sitemap, the feeds and robots.txt', async ({request}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const feeds = await Promise.all(['es', 'en'].map(async (l) => (await request.get(`/${l}/feed.xml`)).text()));
  for (const entry of entries) {
    const address = discreetHref(entry);
    expect(sitemap).not.toContain(address);
    for (const feed of feeds) expect(feed).not.toContain(address);
  }
  // Not disallowed either: a crawler that may not fetch the page would never read its noindex.
  expect(await (await request.get('/robots.txt')).text()).not.toMatch(/\/i\b/);
});

test('the discreet page switches language to the other discreet page', async ({page}) => {
  const entry = entries.find((e) => e.locale === 'es' && e.kind === 'article')!;
  const other = entries.find((e) => e.locale === 'en' && e.id === entry.id)!;
  await page.goto(discreetHref(entry));
  await page.locator('a.language-switch').click();
  await expect(page).toHaveURL(new RegExp(`${discreetHref(other)}$`));
  await expect(page).toHaveTitle(neutral.en.title);
});

test('a deployment build holds no "localhost" in any page, image, feed or file', async () => {
  const dist = path.resolve(process.env.SITE_DIST ?? 'dist');
  const built = JSON.parse(fs.readFileSync(path.join(dist, 'build.json'), 'utf8')) as {url: string; local: boolean};
  test.skip(built.local, `dist/ is a local build (${built.url}); build with SITE_URL=https://… node site/build.mjs to check a deployment build`);
  expect(built.url).not.toMatch(/localhost|127\.0\.0\.1/);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const d of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (!/\.(br|gz)$/.test(d.name)) files.push(full);
    }
  };
  walk(path.join(dist, 'site'));
  const found = files.filter((file) => fs.readFileSync(file).includes('localhost'));
  expect(found.map((f) => path.relative(dist, f))).toEqual([]);
  // The pages themselves carry the public address.
  expect(fs.readFileSync(path.join(dist, 'site', 'es.html'), 'utf8')).toContain(built.url);
});
