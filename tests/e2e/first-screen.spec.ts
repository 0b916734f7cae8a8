import AxeBuilder from '@axe-core/playwright';
import {expect, type Page} from '@playwright/test';
import {fixedPaths} from '../../lib/content/paths';
import {allPages, entries, locales, newCheckedPage, test} from './site';

/**
 * The first screen belongs to the reader: on small phones every page shows the exit, a number to
 * call, its own title and the start of its first paragraph (on get-help, its first call button); the exit never sits on text; the
 * notice's disclosure works with keyboard, touch and no JavaScript; light, dark and forced colours
 * pass axe; large text and high zoom never make the page scroll sideways or cut a call link.
 * Measured once, in the desktop project, with each test setting its own viewport.
 */

test.skip(({isMobile}) => isMobile, 'the viewports are set here, once');

/** Where the first screen must reach on every page: its own first paragraph's first line. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const height = innerHeight;
    const exit = document.querySelector('a.quick-exit-button')!.getBoundingClientRect();
    // The part of the screen the exit bar does not cover.
    const top = exit.bottom <= height / 2 ? exit.bottom : 0;
    const bottom = exit.top >= height / 2 ? exit.top : height;
    const visible = (r: DOMRect | undefined) => !!r && r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1;
    const h1 = document.querySelector('main h1')?.getBoundingClientRect();
    // The page's own first paragraph on screen (not the meta line, a hotline box, or print-only text).
    const paragraph = [...document.querySelectorAll('main p')].find(
      (p) => !p.closest('.entry-meta, .hotline, .hotline-strip, [hidden]') && p.getClientRects().length > 0 && p.textContent!.trim().length > 20
    );
    let firstLine: DOMRect | undefined;
    if (paragraph) {
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      firstLine = [...range.getClientRects()].find((r) => r.width > 0);
    }
    const tel = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].some((a) => visible(a.getBoundingClientRect()));
    return {
      exit: exit.width >= 44 && exit.height >= 44 && exit.top >= 0 && exit.bottom <= height,
      tel,
      h1: visible(h1),
      // get-help puts calling before any words of caution: there its call buttons come right after the
      // title, and the first of them stands for the first words (calling-first.spec.ts).
      paragraph: visible(firstLine) || visible(document.querySelector('main .entry > .hotline-strip a[href^="tel:"]')?.getBoundingClientRect())
    };
  });
}

for (const [width, height] of [
  [360, 740],
  [320, 640]
] as const) {
  test(`at ${width}×${height} every page shows the exit, a call link, its title and its first words`, async ({page}) => {
    test.setTimeout(240_000);
    await page.setViewportSize({width, height});
    const missing: string[] = [];
    for (const p of allPages()) {
      await page.goto(p.path);
      const seen = await firstScreen(page);
      const absent = Object.entries(seen).filter(([, ok]) => !ok).map(([what]) => what);
      if (absent.length) missing.push(`${p.path}: ${absent.join(', ')} not on the first screen`);
    }
    expect(missing).toEqual([]);
  });
}

/** Text boxes (one per line of text) that the exit's box overlaps. */
async function textUnderExit(page: Page) {
  return page.evaluate(() => {
    const exitRoot = document.querySelector('.quick-exit')!;
    const exit = document.querySelector('a.quick-exit-button')!.getBoundingClientRect();
    const hits: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || exitRoot.contains(el) || el.closest('.visually-hidden, .skip-link, .quick-exit-skip-link')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        const overlaps = r.width > 0 && r.left < exit.right && r.right > exit.left && r.top < exit.bottom && r.bottom > exit.top;
        if (overlaps) hits.push(node.textContent!.trim().slice(0, 40));
      }
    }
    return hits;
  });
}

for (const width of [320, 360, 768, 1280, 1440]) {
  test(`at ${width} px the exit takes its own space and never sits on text`, async ({page}) => {
    await page.setViewportSize({width, height: 800});
    for (const path of ['/es', entries.find((e) => e.kind === 'article' && e.locale === 'es')!.href, '/en/get-help']) {
      await page.goto(path);
      // A bar at the top has its own row (text scrolled past goes under its background, as under any
      // sticky header); a bar at the bottom of a phone's screen has content scrolling under it, but
      // the page reserves its space so the end is never under it.
      const atTop = await page.locator('a.quick-exit-button').evaluate((a) => a.getBoundingClientRect().top < innerHeight / 2);
      if (atTop) {
        expect(await textUnderExit(page), `${path} at the top`).toEqual([]);
        continue;
      }
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(50);
      expect(await textUnderExit(page), `${path} at the end`).toEqual([]);
    }
  });
}

test.describe('the safety notice disclosure', () => {
  for (const locale of locales) {
    test(`opens with the keyboard and by touch (${locale})`, async ({browser}) => {
      const {page, close} = await newCheckedPage(browser, {hasTouch: true, viewport: {width: 360, height: 740}});
      await page.goto(`/${locale}`);
      const details = page.locator('.safety-more');
      const summary = details.locator('summary');
      await expect(details.locator('a[href^="sms:"]').first()).toBeHidden();
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(details).toHaveAttribute('open', '');
      await expect(details.locator('a[href^="sms:"]').first()).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(details).not.toHaveAttribute('open');
      await summary.tap();
      await expect(details.locator('a[href^="sms:"]').first()).toBeVisible();
      await close();
    });
  }

  test('opens without JavaScript', async ({browser}) => {
    const {page, close} = await newCheckedPage(browser, {javaScriptEnabled: false});
    await page.goto('/es');
    await page.locator('.safety-more summary').click();
    await expect(page.locator('.safety-more a[href^="sms:"]').first()).toBeVisible();
    await close();
  });
});

const themedPages = (locale: 'es' | 'en') => [
  `/${locale}`,
  entries.find((e) => e.kind === 'article' && e.locale === locale)!.href,
  entries.find((e) => e.id === 'get-help' && e.locale === locale)!.href,
  fixedPaths(locale).search
];

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme} theme: no accessibility violations, and screenshots of the first screen`, async ({page}, testInfo) => {
    test.setTimeout(120_000);
    await page.emulateMedia({colorScheme: scheme});
    await page.setViewportSize({width: 360, height: 740});
    for (const locale of locales) {
      for (const path of themedPages(locale)) {
        await page.goto(path);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        if (scheme === 'dark') expect(background, 'a dim background').not.toBe('rgb(255, 255, 255)');
        await page.locator('.safety-more').evaluate((d: HTMLDetailsElement) => (d.open = true));
        const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations.map((v) => `${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.locator('.safety-more').evaluate((d: HTMLDetailsElement) => (d.open = false));
        if (path !== fixedPaths(locale).search) {
          const file = testInfo.outputPath(`first-screen-${scheme}-${path.replace(/\//g, '_')}.png`);
          await page.screenshot({path: file});
          await testInfo.attach(`${scheme} ${path}`, {path: file, contentType: 'image/png'});
        }
      }
    }
  });
}

test('forced colours: no accessibility violations, and the exit keeps its border', async ({page}) => {
  await page.emulateMedia({forcedColors: 'active'});
  for (const path of themedPages('es')) {
    await page.goto(path);
    const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
});

/** No sideways scrolling, and every visible call link whole on screen. */
async function fitsTheWidth(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const cut = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')]
      .filter((a) => a.getClientRects().length && getComputedStyle(a).visibility !== 'hidden')
      .filter((a) => {
        const r = a.getBoundingClientRect();
        return r.left < -1 || r.right > width + 1;
      })
      .map((a) => a.textContent);
    return {sideways: document.documentElement.scrollWidth > width, cut};
  });
}

test('text at 200% on a 360 px screen and 400% zoom: nothing scrolls sideways, no call link is cut', async ({page}) => {
  test.setTimeout(180_000);
  const cdp = await page.context().newCDPSession(page);
  const paths = allPages()
    .filter((p, i) => i % 3 === 0 || /ayuda|get-help/.test(p.path))
    .map((p) => p.path);
  // The browser's own text size setting, doubled (16 px to 32 px): the page's rem units follow it.
  await cdp.send('Page.setFontSizes', {fontSizes: {standard: 32}});
  await page.setViewportSize({width: 360, height: 740});
  for (const path of paths) {
    await page.goto(path);
    expect(await fitsTheWidth(page), `${path} at 200% text`).toEqual({sideways: false, cut: []});
  }
  await cdp.send('Page.setFontSizes', {fontSizes: {standard: 16}});
  // 400% zoom of a 1280 × 800 window is 320 × 200 CSS pixels.
  await page.setViewportSize({width: 320, height: 200});
  for (const path of paths) {
    await page.goto(path);
    expect(await fitsTheWidth(page), `${path} at 400% zoom`).toEqual({sideways: false, cut: []});
  }
});
