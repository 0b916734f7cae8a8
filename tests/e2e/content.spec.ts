import {expect} from '@playwright/test';
import {indexPath} from '../../lib/content/paths';
import {topics} from '../../lib/content/topics';
import {entries, locales, watchOrigin, test} from './site';


/** Every article and guide renders in both languages with its title, source, hotlines and switch. */

for (const entry of entries.filter((e) => e.kind !== 'page')) {
  test(`${entry.href} renders in full`, async ({page, context, baseURL}) => {
    const watch = await watchOrigin(context, baseURL!);
    await page.goto(entry.href);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(entry.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', entry.description);
    const source = page.locator('.entry-source');
    await expect(source).toContainText(entry.source!.organization);
    if (entry.source!.url) await expect(source.locator(`a[href="${entry.source!.url}"]`)).toBeVisible();
    await expect(page.locator('.entry-hotlines a[href="tel:+18883737888"]')).toBeVisible();
    await expect(page.locator('.entry-meta time').first()).toHaveAttribute('datetime', entry.updated ?? entry.published);
    // No component or markup leaks as text.
    await expect(page.locator('main')).not.toContainText(/<[A-Z][a-zA-Z]+|\{|\}/);
    const twin = entries.find((e) => e.id === entry.id && e.locale !== entry.locale)!;
    await page.locator('a.language-switch').click();
    await expect(page).toHaveURL(new RegExp(`${twin.href}$`));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(twin.title);
    expect(watch.offsite).toEqual([]);
  });
}

test('the indexes list every article and guide, grouped by audience (survivors first) and topic', async ({page}) => {
  for (const locale of locales) {
    for (const kind of ['article', 'guide'] as const) {
      const mine = entries.filter((e) => e.locale === locale && e.kind === kind);
      await page.goto(indexPath(locale, kind));
      for (const e of mine) {
        const group = page.locator(`section[aria-labelledby="for-${e.audience}-${e.topics[0]}"]`);
        await expect(group.locator(`a[href="${e.href}"]`)).toBeVisible();
        await expect(group.locator('h3')).toHaveText(topics[e.topics[0]][locale]);
      }
      await expect(page.locator('.entry-card')).toHaveCount(mine.length);
      const groups = await page.locator('main section[aria-labelledby^="for-"] > h2').evaluateAll((hs) => hs.map((h) => h.id));
      const order = ['survivors', 'everyone', 'advocates'].filter((a) => mine.some((e) => e.audience === a));
      expect(groups).toEqual(order.map((a) => `for-${a}`));
    }
  }
});
