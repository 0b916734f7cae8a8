import {expect} from '@playwright/test';
import es from '../../messages/es.json';
import en from '../../messages/en.json';
import {entries, locales, test} from './site';

/**
 * Calling before caution: on get-help the call buttons come before any warning; what a call leaves on
 * the phone is said once per page, with the buttons; the notice's call buttons show their numbers,
 * 8 px apart or more, with 911 last; the notice's summary and links are at least 44 px tall.
 */

const messages = {es, en};
test.skip(({isMobile}) => !isMobile, 'phones only');
test.use({viewport: {width: 360, height: 740}});

for (const locale of locales) {
  const getHelp = entries.find((e) => e.id === 'get-help' && e.locale === locale)!.href;
  const article = entries.find((e) => e.kind === 'article' && e.locale === locale)!.href;

  test(`get-help (${locale}): call buttons before the warning, the call-log line once`, async ({page}) => {
    await page.goto(getHelp);
    const call = (await page.locator('main a[href^="tel:"]:visible').first().boundingBox())!;
    const warning = (await page.locator('main .callout:visible').first().boundingBox())!;
    expect(call.y + call.height).toBeLessThanOrEqual(warning.y);
    for (const path of [getHelp, article]) {
      await page.goto(path);
      await expect(page.locator('main').getByText(messages[locale].Hotline.callLog, {exact: false}), path).toHaveCount(1);
    }
  });

  test(`the notice's call buttons (${locale}): numbers shown, 8 px apart, 911 last; 44 px targets`, async ({page}) => {
    await page.goto(`/${locale}`);
    const chips = await page.locator('.safety-number').evaluateAll((links) =>
      links.map((a) => {
        const r = a.getBoundingClientRect();
        return {href: a.getAttribute('href')!, text: (a as HTMLElement).innerText, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
      })
    );
    expect(chips.at(-1)!.href).toBe('tel:911');
    // Each shows its number (digits as dialled).
    for (const c of chips) expect(c.text.replace(/\D/g, ''), c.href).toBe(c.href.replace(/\D/g, ''));
    for (let i = 1; i < chips.length; i++) {
      const [a, b] = [chips[i - 1], chips[i]];
      const sameRow = a.top < b.bottom && b.top < a.bottom;
      const gap = sameRow ? b.left - a.right : b.top - a.bottom;
      expect(gap, `${a.href} to ${b.href}`).toBeGreaterThanOrEqual(8);
    }
    const summary = (await page.locator('.safety-more summary').boundingBox())!;
    expect(summary.height).toBeGreaterThanOrEqual(44);
    await page.locator('.safety-more summary').tap();
    const short = await page.locator('.safety-banner a').evaluateAll((links) =>
      links.filter((a) => a.getClientRects().length && a.getBoundingClientRect().height < 44).map((a) => a.textContent)
    );
    expect(short).toEqual([]);
  });
}

for (const locale of locales) {
  test(`the quick-exit page says what Forward can show after an exit; hotline boxes are not landmarks (${locale})`, async ({page}) => {
    const t = messages[locale].QuickExit;
    await page.goto(entries.find((e) => e.id === 'quick-exit' && e.locale === locale)!.href);
    await expect(page.getByText(t.forwardCaveat)).toBeVisible();
    // Landmarks on an article: fewer (17 before the hotline boxes became groups), no two with the same role and name.
    await page.goto(entries.find((e) => e.kind === 'article' && e.locale === locale)!.href);
    const landmarks = await page.evaluate(() =>
      [...document.querySelectorAll('header, nav, main, aside, footer, section[aria-label], section[aria-labelledby], [role="region"], form[role="search"]')]
        // A header inside the article is not the page's banner.
        .filter((el) => el.getClientRects().length && !(el.tagName === 'HEADER' && el.closest('main')))
        .map((el) => {
          const by = el.getAttribute('aria-labelledby');
          return `${el.tagName} ${el.getAttribute('aria-label') ?? (by ? document.getElementById(by)?.textContent : '')}`;
        })
    );
    expect(new Set(landmarks).size, landmarks.join(' | ')).toBe(landmarks.length);
    expect(landmarks.length, landmarks.join(' | ')).toBeLessThanOrEqual(12);
  });
}
