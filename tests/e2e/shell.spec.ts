import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {hotlines} from '../../lib/hotlines';
import {allPages, expectNoTrace, watchOrigin} from './site';

/** Every page, both languages, phone and desktop: the safe shell is there and keeps its promises. */

const securityHeaders = {
  'content-security-policy': /default-src 'self'.*frame-ancestors 'none'/,
  'referrer-policy': /^no-referrer$/,
  'x-content-type-options': /^nosniff$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
  'strict-transport-security': /max-age=\d+/,
  'cross-origin-opener-policy': /^same-origin$/
};

for (const p of allPages()) {
  test(`${p.path}: shell, safety, switch, accessibility`, async ({page, context, baseURL}) => {
    const watch = await watchOrigin(context, baseURL!);
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    for (const [name, pattern] of Object.entries(securityHeaders)) {
      expect(response?.headers()[name], name).toMatch(pattern);
    }
    expect(response?.headers()['set-cookie']).toBeUndefined();

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
    await expect(banner.locator(`a[href^="sms:${nhth.text!.number}"]`)).toBeVisible();
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

test.describe('language of the root address', () => {
  for (const [accept, target] of [
    ['en-US,en;q=0.9', '/en'],
    ['es-MX,es;q=0.9', '/es'],
    ['fr-FR,fr;q=0.9', '/es']
  ] as const) {
    test(`Accept-Language ${accept} goes to ${target} and sets no cookie`, async ({request}) => {
      const response = await request.get('/', {headers: {'accept-language': accept}, maxRedirects: 0});
      expect(response.status()).toBe(307);
      expect(new URL(response.headers()['location'], 'http://x').pathname).toBe(target);
      expect(response.headers()['set-cookie']).toBeUndefined();
    });
  }
});

test.describe('unknown pages', () => {
  for (const [path, lang, heading] of [
    ['/es/no-existe', 'es', 'No encontramos esta página'],
    ['/en/articles/no-such-article', 'en', 'We could not find this page'],
    ['/en/a/b/c', 'en', 'We could not find this page']
  ] as const) {
    test(`${path} gives a localized 404 with the exit, banner and hotlines`, async ({page}) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(heading);
      await expect(page.locator('a.quick-exit-button:visible')).toBeInViewport();
      await expect(page.locator('aside.safety-banner:visible')).toBeVisible();
      await expect(page.locator('a[href="tel:+18883737888"]:visible').first()).toBeVisible();
    });
  }

  test('without JavaScript the 404 still shows the exit and hotlines', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    const response = await page.goto('/en/nothing-here');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('No encontramos esta página');
    await expect(page.getByRole('link', {name: /We could not find this page/})).toBeVisible();
    await expect(page.locator('a.quick-exit-button:visible')).toBeInViewport();
    await context.close();
  });
});
