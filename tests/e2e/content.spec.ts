import {expect, test} from '@playwright/test';
import {entries, watchOrigin} from './site';

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
    await expect(page.locator('.entry-meta time').first()).toHaveAttribute('datetime', entry.published);
    // No component or markup leaks as text.
    await expect(page.locator('main')).not.toContainText(/<[A-Z][a-zA-Z]+|\{|\}/);
    const twin = entries.find((e) => e.id === entry.id && e.locale !== entry.locale)!;
    await page.locator('a.language-switch').click();
    await expect(page).toHaveURL(new RegExp(`${twin.href}$`));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(twin.title);
    expect(watch.offsite).toEqual([]);
  });
}

test('the indexes list every article and guide of their language', async ({page}) => {
  for (const locale of ['es', 'en'] as const) {
    for (const kind of ['article', 'guide'] as const) {
      const mine = entries.filter((e) => e.locale === locale && e.kind === kind);
      await page.goto(`/${locale}/${{es: {article: 'articulos', guide: 'guias'}, en: {article: 'articles', guide: 'guides'}}[locale][kind]}`);
      for (const e of mine) await expect(page.locator(`main a[href="${e.href}"]`).first()).toBeVisible();
      await expect(page.locator('.entry-card')).toHaveCount(mine.length);
    }
  }
});
