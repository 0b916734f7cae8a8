import {expect} from '@playwright/test';
import {allPages, entries, watchOrigin, test} from './site';

/** Share images, metadata, sitemap, feeds, the share box and print. */

const pngSize = (buffer: Buffer) => ({
  png: buffer.subarray(1, 4).toString('ascii'),
  width: buffer.readUInt32BE(16),
  height: buffer.readUInt32BE(20)
});

test('every page has complete metadata and a share image in its language', async ({page, request}) => {
  test.setTimeout(180_000);
  const images = new Map<string, string>();
  for (const p of allPages()) {
    await page.goto(p.path);
    const head = page.locator('head');
    const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(p.path);
    const alternates = Object.fromEntries(
      await head.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
        links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])
      )
    );
    const es = p.locale === 'es' ? p.path : p.counterpart;
    const en = p.locale === 'en' ? p.path : p.counterpart;
    expect(alternates).toEqual({es, en, 'x-default': es});
    expect(await head.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await head.locator('meta[property="og:locale"]').getAttribute('content')).toBe(p.locale === 'es' ? 'es_US' : 'en_US');
    expect(new URL((await head.locator('meta[property="og:url"]').getAttribute('content'))!).pathname).toBe(p.path);
    expect(await head.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    expect(await head.locator('meta[property="og:image:alt"]').getAttribute('content')).toBeTruthy();
    const image = (await head.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(image).toMatch(/^https?:\/\//);
    expect(new URL(image).pathname).toBe(`${p.path}/opengraph-image`);
    const response = await request.get(new URL(image).pathname + new URL(image).search);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const body = await response.body();
    expect(pngSize(body)).toEqual({png: 'PNG', width: 1200, height: 630});
    images.set(p.path, body.toString('base64'));
  }
  for (const p of allPages()) {
    expect(images.get(p.path), `${p.path} and ${p.counterpart} share the same image`).not.toBe(images.get(p.counterpart));
  }
});

test('the sitemap lists exactly the pages of the site, with alternates', async ({request}) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml.startsWith('<?xml')).toBe(true);
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
  expect(urls).toEqual(allPages().map((p) => p.path).sort());
  expect(xml).toContain('hreflang="x-default"');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
});

test('each feed parses and lists every article and guide of its language', async ({page, request}) => {
  for (const locale of ['es', 'en'] as const) {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        language: doc.querySelector('channel > language')?.textContent,
        links: [...doc.querySelectorAll('item > link')].map((l) => new URL(l.textContent!).pathname)
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.language).toBe(locale);
    expect(parsed.links.sort()).toEqual(
      entries.filter((e) => e.locale === locale && e.kind !== 'page').map((e) => e.href).sort()
    );
  }
});

test.describe('share box', () => {
  test('copy puts the page address on the clipboard; nothing leaves the site', async ({page, context, baseURL}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
    const watch = await watchOrigin(context, baseURL!);
    const entry = entries.find((e) => e.locale === 'en' && e.kind === 'article')!;
    await page.goto(entry.href);
    const address = page.getByLabel('Address of this page');
    await expect(address).toHaveValue(new RegExp(`${entry.href}$`));
    await page.getByRole('button', {name: 'Copy link'}).click();
    await expect(page.locator('.share-status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await address.inputValue());
    expect(watch.offsite).toEqual([]);
  });

  test('without JavaScript the address is still there to copy', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    const entry = entries.find((e) => e.locale === 'es' && e.kind === 'guide')!;
    await page.goto(entry.href);
    await expect(page.getByLabel('Dirección de esta página')).toHaveValue(new RegExp(`${entry.href}$`));
    await expect(page.getByRole('button', {name: 'Copiar enlace'})).toBeHidden();
    await context.close();
  });
});

test('articles print as clean handouts', async ({page}) => {
  const entry = entries.find((e) => e.locale === 'es' && e.kind === 'article')!;
  await page.goto(entry.href);
  await page.emulateMedia({media: 'print'});
  for (const hidden of ['a.quick-exit-button', 'aside.safety-banner', '.site-header', '.share-row']) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  await expect(page.locator('.entry-source')).toBeVisible();
  await expect(page.locator('.share .print-only')).toBeVisible();
  await expect(page.locator('.share .print-only')).toContainText(entry.href);
  await expect(page.locator('.entry-hotlines')).toBeVisible();
});
