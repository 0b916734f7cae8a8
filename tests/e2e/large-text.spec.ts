import {expect, type Page} from '@playwright/test';
import {fixedPaths} from '../../lib/content/paths';
import {getHotline, telHref} from '../../lib/hotlines';
import {entries, locales, test} from './site';

/**
 * Large text on small phones, as many cheap Android phones run it: the browser's text size at 125% to
 * 200% on 360 and 320 px wide screens. The header wraps as a whole (the site's name never narrower
 * than its longest word), no number breaks across lines, nothing scrolls sideways, and the page's
 * title is on the first screen up to 150% (within 1.2 screens at 200%). Measured in the phone project.
 */

test.skip(({isMobile}) => !isMobile, 'phones only');

const pagesOf = (locale: 'es' | 'en') => [
  `/${locale}`,
  entries.find((e) => e.id === 'get-help' && e.locale === locale)!.href,
  entries.find((e) => e.kind === 'article' && e.locale === locale)!.href,
  fixedPaths(locale).search
];

async function measure(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = document.querySelector('.site-name')!;
    const range = document.createRange();
    range.selectNodeContents(name);
    // Each word of the name on one line: as many line boxes as words at most, none narrower than a word.
    const words = name.textContent!.trim().split(/\s+/);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    const lineTops = new Set(lines.map((r) => Math.round(r.top)));
    const brokenNumbers = [...document.querySelectorAll<HTMLElement>('.number')]
      .filter((n) => n.getClientRects().length)
      .filter((n) => {
        const r = document.createRange();
        r.selectNodeContents(n);
        return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size > 1;
      })
      .map((n) => n.textContent);
    return {
      h1: document.querySelector('main h1')!.getBoundingClientRect().top + scrollY,
      header: document.querySelector('.site-header')!.getBoundingClientRect().height,
      nameWhole: lineTops.size <= words.length,
      brokenNumbers,
      sideways: document.documentElement.scrollWidth > width
    };
  });
}

for (const width of [360, 320]) {
  for (const locale of locales) {
    test(`large text at ${width} px (${locale}): the header wraps whole, numbers stay whole, the title comes early`, async ({page}) => {
      test.setTimeout(120_000);
      const height = width === 360 ? 740 : 640;
      await page.setViewportSize({width, height});
      const cdp = await page.context().newCDPSession(page);
      const problems: string[] = [];
      const report: string[] = [];
      for (const scale of [1.25, 1.5, 1.75, 2]) {
        // The browser's own text size setting: the page's rem units follow it.
        await cdp.send('Page.setFontSizes', {fontSizes: {standard: 16 * scale}});
        for (const path of pagesOf(locale)) {
          await page.goto(path);
          const m = await measure(page);
          report.push(`${scale * 100}% ${path}: h1 ${Math.round(m.h1)} header ${Math.round(m.header)}`);
          const limit = scale <= 1.5 ? height : 1.2 * height;
          if (m.h1 > limit) problems.push(`${scale * 100}% ${path}: h1 at ${Math.round(m.h1)} px > ${limit}`);
          if (!m.nameWhole) problems.push(`${scale * 100}% ${path}: the site's name is broken inside a word`);
          if (m.brokenNumbers.length) problems.push(`${scale * 100}% ${path}: numbers broken: ${m.brokenNumbers.join(', ')}`);
          if (m.sideways) problems.push(`${scale * 100}% ${path}: scrolls sideways`);
        }
      }
      console.log(report.join('\n'));
      expect(problems).toEqual([]);
    });
  }
}

for (const locale of locales) {
  test(`one compact top bar (${locale}): notice and header in 160 px at 360 × 740, the title early at 400% zoom`, async ({page}) => {
    await page.setViewportSize({width: 360, height: 740});
    const top = async () =>
      page.evaluate(() => ({
        bar: Math.round(document.querySelector('.site-header')!.getBoundingClientRect().bottom - document.querySelector('.safety-banner')!.getBoundingClientRect().top),
        h1: Math.round(document.querySelector('main h1')!.getBoundingClientRect().top + scrollY),
        // Every control in the bar a 44 px target (the name is a text link, its words the target).
        small: [...document.querySelectorAll<HTMLElement>('.safety-banner a, .site-header-row > a:not(.site-name), .site-header summary, .site-header nav a')]
          .filter((el) => el.getClientRects().length)
          .filter((el) => el.getBoundingClientRect().height < 44 || el.getBoundingClientRect().width < 44)
          .map((el) => el.textContent)
      }));
    for (const path of pagesOf(locale)) {
      await page.goto(path);
      const {bar, small} = await top();
      console.log(`${path} 360x740 bar ${bar}`);
      expect(bar, path).toBeLessThanOrEqual(160);
      expect(small, path).toEqual([]);
      // The exit on screen, the numbers one tap away in the notice itself.
      await expect(page.locator('a.quick-exit-button')).toBeInViewport();
      for (const id of ['human-trafficking', 'emergency']) {
        await expect(page.locator(`.safety-banner a[href="${telHref(getHotline(id)!.call.number)}"]`)).toBeInViewport();
      }
      // The notice's details stay one tap away, and open over the page without moving the bar.
      await page.locator('.safety-more summary').tap();
      await expect(page.locator('.safety-more a[href^="sms:"]').first()).toBeVisible();
      expect((await top()).bar, `${path} with the details open`).toBe(bar);
    }
    // 400% zoom of a 1280-wide window, with the browser's bars: 320 × 256 CSS pixels.
    await page.setViewportSize({width: 320, height: 256});
    for (const path of pagesOf(locale)) {
      await page.goto(path);
      const {h1} = await top();
      console.log(`${path} 320x256 h1 ${h1}`);
      expect(h1, path).toBeLessThanOrEqual(256 * 1.1);
    }
  });
}
