import {expect, type Page} from '@playwright/test';
import {fixedPaths} from '../../lib/content/paths';
import {entries, locales, neutralPage, site, watchOrigin, test} from '../../tests/e2e/site';
import es from '../../messages/es.json';
import en from '../../messages/en.json';

/** The quick exit in a real browser. The neutral destination is answered locally. */

const messages = {es, en};
const articleOf = (locale: 'es' | 'en') => entries.find((e) => e.locale === locale && e.kind === 'article')!;
const isSite = (url: string, origin: string) => url.startsWith(origin);

async function expectOnNeutralPage(page: Page, locale: 'es' | 'en') {
  await expect(page).toHaveURL(site.exitUrl[locale]);
  await expect(page.getByRole('heading', {name: 'Weather forecast'})).toBeVisible();
}

for (const locale of locales) {
  const t = messages[locale].QuickExit;

  test.describe(`quick exit (${locale})`, () => {
    test('a click leaves for the neutral page, with no Referer', async ({page, context, baseURL}) => {
      const watch = await watchOrigin(context, baseURL!);
      await page.goto(`/${locale}`);
      const exit = page.getByRole('link', {name: `${t.qualifier} ${t.label}`});
      await expect(exit).toBeVisible();
      await exit.click();
      await expectOnNeutralPage(page, locale);
      expect(watch.exits).toEqual([{url: site.exitUrl[locale], referer: undefined}]);
      expect(watch.offsite).toEqual([]);
    });

    test('says what it does: named with the hidden prefix, its keyboard hint a description read once', async ({page}) => {
      await page.goto(`/${locale}`);
      const exit = page.getByRole('link', {name: `${t.qualifier} ${t.label}`, exact: true});
      await expect(exit).toHaveAccessibleDescription(t.shortcutHint);
      // The hint is not also loose text in the reading order.
      await expect(page.locator(`#quick-exit-hint-${locale}`)).toBeHidden();
      expect(await page.locator('.quick-exit').ariaSnapshot()).not.toContain(t.shortcutHint);
      // The site's name, top left, is plain text in a link: no border, no fill, nothing like the exit.
      const name = await page.locator('.site-name').evaluate((el) => {
        const s = getComputedStyle(el);
        return {border: s.borderTopWidth, background: s.backgroundColor};
      });
      expect(name).toEqual({border: '0px', background: 'rgba(0, 0, 0, 0)'});
    });

    // Under the strict CSP (no 'unsafe-inline'): the cover must be up, styled, before the browser even
    // asks for the destination, whose answer is held meanwhile. The trigger and the look happen in one
    // task of the page, so nothing can run in between (Playwright cannot evaluate while a navigation
    // is pending). The real keys and clicks are tested above and below.
    const triggers = {
      'a click': `document.querySelector('a.quick-exit-button').click()`,
      'Shift three times': `for (let i = 0; i < 3; i++) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', shiftKey: true, bubbles: true}));
        document.body.dispatchEvent(new KeyboardEvent('keyup', {key: 'Shift', bubbles: true}));
      }`,
      'Escape twice': `for (let i = 0; i < 2; i++) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true, cancelable: true}));
      }`
    };
    for (const [trigger, activate] of Object.entries(triggers)) {
      test(`${trigger}: the page is covered before the destination is requested`, async ({page, context, baseURL}) => {
        await watchOrigin(context, baseURL!);
        let release!: () => void;
        let requested!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        const destinationRequested = new Promise<void>((resolve) => (requested = resolve));
        await context.route(site.exitUrl[locale], async (route) => {
          requested();
          await held;
          await route.fulfill({status: 200, contentType: 'text/html', body: neutralPage});
        });
        await page.goto(articleOf(locale).href);
        const state = await page.evaluate((source) => {
          new Function(source)();
          const cover = document.getElementById('quick-exit-cover');
          const box = cover?.getBoundingClientRect();
          const visible = (selector: string) => {
            const el = document.querySelector(selector);
            return !!el && getComputedStyle(el).display !== 'none';
          };
          return {
            location: location.pathname,
            cover: cover?.textContent,
            role: cover?.getAttribute('role'),
            coverVisible: !!cover && getComputedStyle(cover).display !== 'none' && getComputedStyle(cover).position === 'fixed',
            fullScreen: !!box && box.x === 0 && box.y === 0 && box.width === innerWidth && box.height === innerHeight,
            mainVisible: visible('main'),
            bannerVisible: visible('.safety-banner'),
            focusableBehind: [...document.querySelectorAll('a, button, input')].some(
              (el) => !(el.closest('[inert]') || getComputedStyle(el).display === 'none' || el.closest('#quick-exit-cover'))
            ),
            title: document.title,
            icon: document.querySelector('link[rel~="icon"]')?.getAttribute('href')
          };
        }, activate);
        expect(state).toEqual({
          location: articleOf(locale).href,
          cover: t.loading,
          role: 'alert',
          coverVisible: true,
          fullScreen: true,
          mainVisible: false,
          bannerVisible: false,
          focusableBehind: false,
          title: t.neutralTitle,
          icon: 'data:,'
        });
        // The browser asked for the destination only after all of the above; now let it answer.
        await destinationRequested;
        release();
        await expectOnNeutralPage(page, locale);
      });
    }

    test('Back from an article returns to the page before it on the site', async ({page, context, baseURL}) => {
      await watchOrigin(context, baseURL!);
      await page.goto(`/${locale}`);
      await page.locator(`main a[href="${articleOf(locale).href}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`${articleOf(locale).href}$`));
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
      await expect(page.locator('main h1')).toBeVisible();
    });

    test('home, an article, exit, then Back: the article that was left is never shown', async ({page, context, baseURL}) => {
      await watchOrigin(context, baseURL!);
      await page.goto(`/${locale}`);
      await page.locator(`main a[href="${articleOf(locale).href}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`${articleOf(locale).href}$`));
      await page.locator('a.quick-exit-button').click();
      await expectOnNeutralPage(page, locale);
      await page.goBack();
      // The exit replaced the article's entry: Back lands on the page read before it.
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
      expect(new URL(page.url()).pathname).not.toBe(articleOf(locale).href);
    });

    test('with JavaScript off the link still exits', async ({browser, baseURL}) => {
      const context = await browser.newContext({javaScriptEnabled: false});
      const watch = await watchOrigin(context, baseURL!);
      const page = await context.newPage();
      await page.goto(articleOf(locale).href);
      await page.locator('a.quick-exit-button').click();
      await expectOnNeutralPage(page, locale);
      expect(watch.exits).toEqual([{url: site.exitUrl[locale], referer: undefined}]);
      await context.close();
    });

    test('Shift three times exits, with a spoken countdown', async ({page, context, baseURL}) => {
      await watchOrigin(context, baseURL!);
      await page.goto(`/${locale}`);
      await page.keyboard.press('Shift');
      await expect(page.locator('[data-quick-exit-status]')).toHaveText(t.shiftTwoMore);
      await expect(page.locator('.quick-exit')).toHaveAttribute('data-presses', '1');
      await page.keyboard.press('Shift');
      await expect(page.locator('[data-quick-exit-status]')).toHaveText(t.shiftOneMore);
      await page.keyboard.press('Shift');
      await expectOnNeutralPage(page, locale);
    });

    test('another key in the middle of the Shift sequence ends it, and the status says so', async ({page}) => {
      await page.goto(`/${locale}`);
      const status = page.locator('[data-quick-exit-status]');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await expect(status).toHaveText(t.shiftOneMore);
      await page.keyboard.press('a');
      await expect(status).toHaveText(t.cancelled);
      await expect(page.locator('.quick-exit')).toHaveAttribute('data-presses', '0');
      // The message clears by itself, and one more Shift does not exit.
      await expect(status).toHaveText('', {timeout: 8000});
      await page.keyboard.press('Shift');
      await expect(status).toHaveText(t.shiftTwoMore);
      expect(new URL(page.url()).pathname).toBe(`/${locale}`);
    });

    test('Escape twice exits; a single Escape does not', async ({page, context, baseURL}) => {
      await watchOrigin(context, baseURL!);
      await page.goto(`/${locale}`);
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-quick-exit-status]')).toHaveText(t.escapeOneMore);
      await page.waitForTimeout(1200);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      expect(isSite(page.url(), baseURL!)).toBe(true);
      await page.keyboard.press('Escape');
      await expectOnNeutralPage(page, locale);
    });

    test('the first Tab stop is the hidden exit link, and Enter exits', async ({page, context, baseURL}) => {
      await watchOrigin(context, baseURL!);
      await page.goto(`/${locale}`);
      const skipExit = page.locator('a.quick-exit-skip-link');
      await expect(skipExit).not.toBeInViewport({ratio: 0.5});
      await page.keyboard.press('Tab');
      await expect(skipExit).toBeFocused();
      await expect(skipExit).toBeVisible();
      await expect(skipExit).toHaveText(t.secondaryLink);
      await page.keyboard.press('Tab');
      await expect(page.locator('a.skip-link')).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expectOnNeutralPage(page, locale);
    });
  });
}

/**
 * An on-screen keyboard of 290 px on a 360 × 740 phone, simulated both ways a browser makes room for
 * it: Safari shrinks only the visible part (the page keeps its size and the keyboard covers its
 * bottom); Chrome and Firefox, told so by the viewport's interactive-widget, shrink the page itself.
 */
for (const locale of locales) {
  test(`while typing in the search field (${locale}), the exit is on screen above the keyboard and a tap leaves`, async ({page, context, baseURL, hasTouch}) => {
    const watch = await watchOrigin(context, baseURL!);
    await page.setViewportSize({width: 360, height: 740});
    await page.goto(fixedPaths(locale).search);
    await expect(page.locator('meta[name="viewport"]')).toHaveAttribute('content', /interactive-widget=resizes-content/);
    const field = page.locator('#search-words');
    const exit = page.locator('a.quick-exit-button');
    // Not typing: the bar is at the bottom, where the thumb is.
    expect((await exit.boundingBox())!.y).toBeGreaterThan(600);
    await field.click();
    await page.keyboard.type(locale === 'es' ? 'trabajo' : 'work');
    const keyboardTop = 740 - 290;
    /** The exit whole above the keyboard, not over the field, and the first thing a tap at its centre reaches. */
    const onScreen = () =>
      exit.evaluate((el, bottom) => {
        const r = el.getBoundingClientRect();
        const f = document.getElementById('search-words')!.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return {
          above: r.top >= 0 && r.bottom <= bottom && r.height >= 44,
          clearOfField: r.bottom <= f.top || r.top >= f.bottom,
          tappable: el.contains(hit)
        };
      }, keyboardTop);
    // Safari: the page keeps its size, the keyboard covers its bottom 290 px.
    expect(await onScreen()).toEqual({above: true, clearOfField: true, tappable: true});
    // Chrome: the page itself is made 290 px shorter.
    await page.setViewportSize({width: 360, height: keyboardTop});
    await expect(field).toBeFocused();
    expect(await onScreen()).toEqual({above: true, clearOfField: true, tappable: true});
    const box = (await exit.boundingBox())!;
    // A tap takes the focus from the field: the exit must not move from under the finger.
    if (hasTouch) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    else await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expectOnNeutralPage(page, locale);
    expect(watch.exits).toEqual([{url: site.exitUrl[locale], referer: undefined}]);
  });
}

test.describe('placement', () => {
  test.use({viewport: {width: 320, height: 640}});

  test('at 320 px the exit is a bar at the bottom, where the thumb is, stays there while scrolling, and is large enough to tap', async ({page}) => {
    await page.goto(articleOf('es').href);
    const exit = page.locator('a.quick-exit-button');
    await expect(exit).toBeInViewport();
    const atBottom = async () => {
      const box = (await exit.boundingBox())!;
      return Math.abs(box.y + box.height - 640) < 2;
    };
    const box = (await exit.boundingBox())!;
    expect(await atBottom()).toBe(true);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBe(320);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    expect(await atBottom()).toBe(true);
    // Nothing covers it: the element at its centre is the button itself.
    const hit = await exit.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });
    expect(hit).toBe(true);
    // It is still the first thing in the page's order, for keyboards and screen readers.
    await page.keyboard.press('Tab');
    await expect(page.locator('a.quick-exit-skip-link')).toBeFocused();
  });

  test('on a wide screen it is at the top, in a strip of its own', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    await page.goto(articleOf('es').href);
    const box = (await page.locator('a.quick-exit-button').boundingBox())!;
    expect(box.y).toBeLessThan(10);
    const banner = (await page.locator('.safety-banner').boundingBox())!;
    expect(banner.y).toBeGreaterThanOrEqual(box.y + box.height);
  });

  test('at 400% zoom (320 x 200 CSS px) it stays on screen', async ({page}) => {
    await page.setViewportSize({width: 320, height: 200});
    await page.goto(`/en`);
    await page.evaluate(() => window.scrollTo(0, 4000));
    await expect(page.locator('a.quick-exit-button')).toBeInViewport();
  });

  test('visible in forced-colors mode, hidden in print', async ({page}) => {
    await page.emulateMedia({forcedColors: 'active'});
    await page.goto('/es');
    const exit = page.locator('a.quick-exit-button');
    await expect(exit).toBeVisible();
    expect(await exit.evaluate((el) => getComputedStyle(el).borderTopWidth)).not.toBe('0px');
    // Its icon, drawn in the button's own system colour, sets it apart from every other button.
    const icon = await exit.locator('svg.quick-exit-icon').evaluate((svg) => {
      const r = svg.getBoundingClientRect();
      return {size: r.width >= 16 && r.height >= 16, stroke: getComputedStyle(svg.querySelector('path')!).stroke === getComputedStyle(svg).color};
    });
    expect(icon).toEqual({size: true, stroke: true});
    await page.emulateMedia({media: 'print', forcedColors: 'none'});
    await expect(exit).toBeHidden();
    await expect(page.locator('a.quick-exit-skip-link')).toBeHidden();
  });
});

test('a page restored from the back/forward cache is usable, not blank', async ({page, context, baseURL}) => {
  await watchOrigin(context, baseURL!);
  const start = '/en/browse-safely';
  await page.goto(start);
  // Leave through an ordinary link to another site (a source), then come back.
  const away = page.locator('main a[href^="https://"]').first();
  const url = (await away.getAttribute('href'))!;
  await context.route(url, (route) =>
    route.fulfill({status: 200, contentType: 'text/html', body: '<title>Elsewhere</title><p>Elsewhere</p>'})
  );
  await away.click();
  await expect(page).toHaveURL(url);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${start}$`));
  await expect(page.locator('#quick-exit-cover')).toHaveCount(0);
  await expect(page.locator('main h1')).toBeVisible();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expectOnNeutralPage(page, 'en');
});
