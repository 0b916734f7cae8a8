import AxeBuilder from '@axe-core/playwright';
import {expect} from '@playwright/test';
import {fixedPaths} from '../../lib/content/paths';
import {directoryOf} from '../../lib/directory';
import {places} from '../../lib/directory-places';
import {hotlines} from '../../lib/hotlines';
import {placePath} from '../../lib/pages';
import {allPages, entries, expectNoTrace, locales, newCheckedPage, notFoundConsoleError, watchOrigin, test} from './site';
import {expectStaticPage, securityHeaders} from './static-page';

/** Every page, both languages, phone and desktop: the safe shell is there and keeps its promises. */

for (const p of allPages()) {
  test(`${p.path}: shell, safety, switch, accessibility`, async ({page, context, baseURL}) => {
    const watch = await watchOrigin(context, baseURL!);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    for (const [name, pattern] of Object.entries(securityHeaders)) {
      expect(response?.headers()[name], name).toMatch(pattern);
    }
    expect(response?.headers()['set-cookie']).toBeUndefined();
    // Static HTML: no framework, every inline script and style allowed by its hash and nothing else.
    expectStaticPage(await response!.text(), response!.headers()['content-security-policy']);
    expect(scripts, 'script files requested').toEqual([]);

    await expect(page.locator('html')).toHaveAttribute('lang', p.locale);

    // The quick exit: a real link to the neutral page, visible without scrolling.
    const exit = page.locator('a.quick-exit-button');
    await expect(exit).toHaveAttribute('rel', 'nofollow noreferrer');
    await expect(exit).toBeInViewport();

    // The banner and tap-to-call / tap-to-text links from the hotline data.
    const banner = page.locator('aside.safety-banner');
    await expect(banner).toBeVisible();
    const nhth = hotlines.find((h) => h.id === 'human-trafficking')!;
    await expect(banner.locator(`a[href="tel:${nhth.call.number}"]`)).toBeVisible();
    // Texting and chat are one tap further, in the notice's disclosure in the header's row.
    await expect(page.locator(`.site-header details.safety-more a[href^="sms:${nhth.text!.number}"]`)).toBeAttached();
    await expect(page.locator('a[href="tel:911"]').first()).toBeAttached();

    const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // The language switch goes to the same page in the other language.
    await page.locator('a.language-switch').click();
    await expect(page).toHaveURL(new RegExp(`${p.counterpart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', p.counterpart.slice(1, 3));

    await expectNoTrace(page);
    expect(watch.offsite).toEqual([]);
  });
}

/**
 * On a phone, a sample of every kind of page in light, dark and forced colours, both languages, with
 * the notice's details open: axe finds nothing.
 */
test.describe('themes', () => {
  test.skip(({isMobile}) => !isMobile, 'phones only');
  const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const place = [...places].sort((a, b) => directoryOf(b).length - directoryOf(a).length)[0];
  const sample = (locale: 'es' | 'en') => [
    `/${locale}`,
    ...['get-help', 'glossary', 'myths-and-facts'].map((id) => entries.find((e) => e.id === id && e.locale === locale)!.href),
    fixedPaths(locale).search,
    entries.find((e) => e.kind === 'article' && e.id !== 'myths-and-facts' && e.locale === locale)!.href,
    placePath(locale, place)
  ];
  const modes = [
    {name: 'light', media: {colorScheme: 'light'}},
    {name: 'dark', media: {colorScheme: 'dark'}},
    {name: 'forced colours', media: {forcedColors: 'active'}}
  ] as const;
  for (const mode of modes) {
    for (const locale of locales) {
      test(`${mode.name} (${locale}): axe finds nothing on a page of every kind`, async ({page}) => {
        test.setTimeout(120_000);
        await page.emulateMedia(mode.media);
        const found: string[] = [];
        for (const path of sample(locale)) {
          await page.goto(path);
          if (mode.name === 'dark') expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).not.toBe('rgb(255, 255, 255)');
          await page.locator('.safety-more').evaluate((d: HTMLDetailsElement) => (d.open = true));
          const {violations} = await new AxeBuilder({page}).withTags(wcag).analyze();
          found.push(...violations.map((v) => `${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
        }
        expect(found).toEqual([]);
      });
    }
  }
});

test.describe('privacy', () => {
  test.use({expectedConsoleErrors: [notFoundConsoleError]});

  test('after visiting every page, the browser holds no cookie and no storage', async ({page, context, baseURL}) => {
    test.setTimeout(120_000);
    const watch = await watchOrigin(context, baseURL!);
    for (const p of allPages()) {
      await page.goto(p.path);
    }
    await page.goto('/es/no-existe');
    await expectNoTrace(page);
    expect(await context.storageState()).toEqual({cookies: [], origins: []});
    expect(watch.offsite).toEqual([]);
  });
});

test.describe('unknown pages', () => {
  // Chromium logs the 404 status of the page itself as a console error.
  test.use({expectedConsoleErrors: [notFoundConsoleError]});

  for (const [path, lang, heading] of [
    ['/es/no-existe', 'es', 'No encontramos esta página'],
    ['/en/articles/no-such-article', 'en', 'We could not find this page'],
    ['/en/a/b/c', 'en', 'We could not find this page']
  ] as const) {
    test(`${path} gives a localized 404 with the exit, banner and hotlines`, async ({page}) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expectStaticPage(await response!.text(), response!.headers()['content-security-policy']);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(heading);
      await expect(page.locator('a.quick-exit-button:visible')).toBeInViewport();
      await expect(page.locator('aside.safety-banner:visible')).toBeVisible();
      await expect(page.locator('a[href="tel:+18883737888"]:visible').first()).toBeVisible();
    });
  }

  test('without JavaScript the 404 still shows the exit and hotlines', async ({browser}) => {
    const {page, close} = await newCheckedPage(browser, {javaScriptEnabled: false});
    const response = await page.goto('/en/nothing-here');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('No encontramos esta página');
    await expect(page.getByRole('link', {name: /We could not find this page/})).toBeVisible();
    await expect(page.locator('a.quick-exit-button:visible')).toBeInViewport();
    await close([notFoundConsoleError]);
  });
});
