import {expect, type Page} from '@playwright/test';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fixedPaths} from '../../lib/content/paths';
import {changes} from '../../lib/changes';
import {hotlines} from '../../lib/hotlines';
import {discreetHref} from '../../lib/pages';
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

test('each feed parses and lists every article and guide of its language, and every entry of What changed', async ({page, request}) => {
  for (const locale of ['es', 'en'] as const) {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        language: doc.querySelector('channel > language')?.textContent,
        links: [...doc.querySelectorAll('item > link')].map((l) => {
          const url = new URL(l.textContent!);
          return url.pathname + url.hash;
        })
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.language).toBe(locale);
    expect(parsed.links.sort()).toEqual(
      [
        ...entries.filter((e) => e.locale === locale && e.kind !== 'page').map((e) => e.href),
        ...changes.map((c) => `${fixedPaths(locale).changes}#${c.id}`)
      ].sort()
    );
  }
});

test.describe('share box', () => {
  test('offers the normal and the discreet link, copies each; nothing leaves the site', async ({page, context, baseURL}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
    const watch = await watchOrigin(context, baseURL!);
    const entry = entries.find((e) => e.locale === 'en' && e.kind === 'article')!;
    await page.goto(entry.href);
    const normal = page.getByLabel('Normal link');
    const discreet = page.getByLabel('Discreet link');
    await expect(normal).toHaveValue(new RegExp(`${entry.href}$`));
    await expect(discreet).toHaveValue(new RegExp(`${discreetHref(entry)}$`));
    // Each says in one line what its preview shows, and there is a tip to remove the preview.
    await expect(normal).toHaveAccessibleDescription(/this page's title/);
    await expect(discreet).toHaveAccessibleDescription(/only “Information and support”/);
    await expect(page.locator('.share-tip')).toContainText('remove it');

    await page.getByRole('button', {name: 'Copy normal link'}).click();
    await expect(page.locator('.share-status')).toHaveText('Normal link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await normal.inputValue());
    await page.getByRole('button', {name: 'Copy discreet link'}).click();
    await expect(page.locator('.share-status')).toHaveText('Discreet link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await discreet.inputValue());

    // The copied discreet address opens, and is the same page.
    await page.goto(new URL(await discreet.inputValue()).pathname);
    await expect(page.locator('main h1')).toHaveText(entry.title);
    expect(watch.offsite).toEqual([]);
  });

  test('without JavaScript both addresses are still there to copy', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    const entry = entries.find((e) => e.locale === 'es' && e.kind === 'guide')!;
    await page.goto(entry.href);
    await expect(page.getByLabel('Enlace normal')).toHaveValue(new RegExp(`${entry.href}$`));
    await expect(page.getByLabel('Enlace discreto')).toHaveValue(new RegExp(`${discreetHref(entry)}$`));
    await expect(page.getByRole('button', {name: 'Copiar enlace discreto'})).toBeHidden();
    await context.close();
  });
});

// Printing: page.pdf() (Letter) and poppler's pdftotext, page by page.
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => fs.existsSync(p));
const noPdftotext = 'pdftotext is missing: install Debian\'s poppler-utils (sudo apt-get install poppler-utils) to run the print tests';

async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({media: 'print'});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-'));
  const pdf = path.join(dir, 'page.pdf');
  fs.writeFileSync(pdf, await page.pdf());
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], {encoding: 'utf8'}))?.[1]);
  const pages = Array.from({length: count}, (_, i) =>
    execFileSync(pdftotext!, ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {encoding: 'utf8'})
  );
  fs.rmSync(dir, {recursive: true, force: true});
  return pages;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const lastLine = (text: string) => squash(text.split('\n').filter((l) => l.trim()).at(-1) ?? '');

/** The longest article (most words), and get-help, in each language. */
const longest = (locale: 'es' | 'en') =>
  entries.filter((e) => e.locale === locale && e.kind !== 'page').sort((a, b) => b.body.length - a.body.length)[0];
const printed = (['es', 'en'] as const).flatMap((locale) => [
  longest(locale),
  entries.find((e) => e.locale === locale && e.id === 'get-help')!
]);

test.describe('printouts', () => {
  test.skip(!pdftotext, noPdftotext);

  for (const entry of printed) {
    test(`${entry.href} prints with the hotlines on page 1, no page ending on a heading, addresses as endnotes`, async ({page}) => {
      await page.goto(entry.href);
      const headings = (await page.locator('main :is(h2, h3)').allInnerTexts()).map(squash).filter(Boolean);
      const links = await page.locator('main a[data-endnote]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const pages = await printedPages(page);
      console.log(`${entry.href}: ${pages.length} printed pages`);

      // The hotline box, with every number to call, on the first page.
      const first = squash(pages[0]);
      expect(first).toContain(entry.locale === 'es' ? 'Líneas de ayuda' : 'Hotlines');
      for (const h of hotlines) expect(first, `page 1 lacks ${h.call.display}`).toContain(h.call.display);

      // No page ends on a heading.
      pages.forEach((text, i) => {
        const last = lastLine(text);
        expect(headings.some((h) => last === h || (last.length > 3 && h.endsWith(last))), `page ${i + 1} ends on the heading "${last}"`).toBe(false);
      });

      // Links to other sites: numbered, their addresses listed in order after the text, not inside it.
      expect(links.length).toBe(entry.externalLinks.length + (entry.source?.url ? 1 : 0));
      const all = pages.join('\n').replace(/\s/g, '');
      const split = all.lastIndexOf(entry.locale === 'es' ? 'Enlacesdeestapágina' : 'Linksonthispage');
      if (!links.length) return;
      expect(split, 'the list of links').toBeGreaterThan(0);
      const [text, notes] = [all.slice(0, split), all.slice(split)];
      let from = 0;
      links.forEach((href, i) => {
        const number = notes.indexOf(`${i + 1}.`, from);
        const address = notes.indexOf(href, number);
        expect(number >= 0 && address >= 0, `endnote ${i + 1}: ${href}`).toBe(true);
        from = address + href.length;
      });
      for (const href of links.filter((h) => h.length > 40)) expect(text, 'a long address in the text').not.toContain(href);
    });
  }

  for (const locale of ['es', 'en'] as const) {
    test(`the numbers card (${fixedPaths(locale).card}) lists every hotline and fits one page`, async ({page}) => {
      await page.goto(fixedPaths(locale).card);
      const title = await page.title();
      for (const word of ['trata', 'trafficking', 'violencia', 'violence']) expect(title.toLowerCase()).not.toContain(word);
      const pages = await printedPages(page);
      expect(pages.length).toBe(1);
      for (const h of hotlines) expect(squash(pages[0])).toContain(h.call.display);
    });
  }

  test('the footer links the numbers card', async ({page}) => {
    await page.goto(entries.find((e) => e.locale === 'es' && e.id === 'get-help')!.href);
    await page.locator('.site-footer').getByRole('link', {name: 'Tarjeta con los números'}).click();
    await expect(page).toHaveURL(new RegExp(`${fixedPaths('es').card}$`));
  });
});

test('articles print as clean handouts', async ({page}) => {
  const entry = entries.find((e) => e.locale === 'es' && e.kind === 'article')!;
  await page.goto(entry.href);
  await page.emulateMedia({media: 'print'});
  for (const hidden of ['a.quick-exit-button', 'aside.safety-banner', '.site-header', '.share-link', '.entry-hotlines']) {
    for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
  }
  await expect(page.locator('.print-hotlines')).toBeVisible();
  await expect(page.locator('.entry-source')).toBeVisible();
  await expect(page.locator('.share .print-only')).toBeVisible();
  await expect(page.locator('.share .print-only')).toContainText(entry.href);
});
