import {expect} from '@playwright/test';
import {fixedPaths} from '../../lib/content/paths';
import {directoryOf, kindKey, localEntries} from '../../lib/directory';
import es from '../../messages/es.json';
import en from '../../messages/en.json';
import {places} from '../../lib/directory-places';
import {formatDate} from '../../lib/format';
import {hotlines} from '../../lib/hotlines';
import {discreetPlaceHref, placePath} from '../../lib/pages';
import {expectNoTrace, locales, newCheckedPage, otherLocale, test, watchOrigin} from '../../tests/e2e/site';

/**
 * The directory by place (components/directory/): the list links every place in both languages; a
 * place's page shows the national lines, its entries by kind with tap-to-call links and check dates,
 * and switches language to the same place; the filter works with JavaScript, and without it every
 * entry shows; nothing leaves the site and nothing is stored.
 */

const messages = {es, en};

// The place with the most kinds of help: the richest page to test.
const richest = [...places].sort((a, b) => directoryOf(b).length - directoryOf(a).length)[0];
const groups = directoryOf(richest);
const entries = groups.flatMap((g) => g.entries);

for (const locale of locales) {
  test.describe(`${locale}`, () => {
    test('the list of places links every state, DC and Puerto Rico, to its page in this language', async ({page}) => {
      await page.goto(fixedPaths(locale).directory);
      const links = page.locator('.directory-places a');
      await expect(links).toHaveCount(places.length);
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.sort()).toEqual(places.map((p) => placePath(locale, p)).sort());
      // Each link leads to a page (no 404 among them).
      for (const place of places.slice(0, 3)) {
        const response = await page.request.get(placePath(locale, place));
        expect(response.status(), placePath(locale, place)).toBe(200);
      }
      // The switch goes to the list in the other language.
      await expect(page.locator('.language-switch')).toHaveAttribute('href', fixedPaths(otherLocale(locale)).directory);
    });

    test("a place's page: the national lines first, every group, tap-to-call links, check dates, the switch to the same place", async ({
      page
    }) => {
      await page.goto(placePath(locale, richest));
      await expect(page.locator('h1')).toContainText(richest.name[locale]);
      // The national lines come before the first entry.
      const strip = page.locator('.hotline-strip');
      for (const h of hotlines) await expect(strip.locator(`[data-hotline="${h.id}"]`)).toHaveCount(1);
      const stripBox = (await strip.boundingBox())!;
      const firstEntry = (await page.locator('[data-entry]').first().boundingBox())!;
      expect(stripBox.y).toBeLessThan(firstEntry.y);
      // Every group it has, with at least one entry each, in the record's order.
      const shownGroups = await page.locator('[data-group]').evaluateAll((s) => s.map((e) => e.getAttribute('data-group')));
      expect(shownGroups).toEqual(groups.map((g) => g.kind));
      for (const g of groups) {
        await expect(page.locator(`[data-group="${g.kind}"] [data-entry]`)).toHaveCount(g.entries.length);
      }
      // Tap-to-call and text links for every number of every entry.
      for (const e of entries) {
        const item = page.locator(`[data-entry="${e.id}"]`);
        await expect(item.locator('h3')).toHaveText(e.organization);
        for (const phone of e.phones ?? []) {
          await expect(item.locator(`a[href="tel:${phone.number}"]`)).toHaveCount(phone.calls === false ? 0 : 1);
          await expect(item.locator(`a[href^="sms:${phone.number}"]`)).toHaveCount(phone.texts ? 1 : 0);
        }
        // When and how it was checked, with the day written out, and its source.
        const review = item.locator('.fact-review');
        await expect(review).toContainText(formatDate(e.review.date, locale));
        await expect(review.locator(`a[href="${e.review.source}"]`)).toHaveCount(1);
        await expect(review).toContainText(e.review.sourceTitle[locale]);
      }
      // Finders are marked as other sites.
      for (const e of entries.filter((x) => x.kind === 'finder')) {
        await expect(page.locator(`[data-entry="${e.id}"] .directory-actions a[href="${e.url}"]`)).toContainText(
          new URL(e.url!).hostname
        );
      }
      // No street address anywhere in the entries.
      const text = await page.locator('.directory-entries').allInnerTexts();
      expect(text.join('\n')).not.toMatch(/\b\d{2,6}\s+\w+\s+(Street|St\.|Avenue|Ave\.|Road|Rd\.|Blvd|Drive)\b/);
      // The switch leads to the same place in the other language.
      await expect(page.locator('.language-switch')).toHaveAttribute('href', placePath(otherLocale(locale), richest));
      await page.locator('.language-switch').click();
      await expect(page).toHaveURL(new RegExp(`${placePath(otherLocale(locale), richest)}$`));
      await expect(page.locator('h1')).toContainText(richest.name[otherLocale(locale)]);
    });

    test('the filter shows only what matches, writes nothing, and sends nothing', async ({page, context, baseURL}) => {
      const watch = await watchOrigin(context, baseURL!);
      const url = placePath(locale, richest);
      await page.goto(url);
      const historyLength = await page.evaluate(() => history.length);
      const filter = page.locator('[data-directory-filter]');
      await expect(filter).toBeVisible();
      const all = page.locator('[data-entry]');
      await expect(all).toHaveCount(entries.length);
      // By language: a language some entries list and others do not.
      const language = ['es', 'en', 'pt', 'ht'].find((code) => {
        const n = entries.filter((e) => e.languages?.includes(code)).length;
        return n > 0 && n < entries.length;
      })!;
      expect(language, 'the richest place has entries in a language others lack').toBeTruthy();
      await filter.locator('[data-filter="language"]').selectOption(language);
      const speaking = entries.filter((e) => e.languages?.includes(language));
      await expect(page.locator('[data-entry]:visible')).toHaveCount(speaking.length);
      for (const e of speaking) await expect(page.locator(`[data-entry="${e.id}"]`)).toBeVisible();
      await expect(filter.locator('[role="status"]')).toContainText(String(speaking.length));
      // A group with nothing left to show is hidden with its heading.
      for (const g of groups) {
        const visible = g.entries.some((e) => e.languages?.includes(language));
        await expect(page.locator(`[data-group="${g.kind}"]`)).toBeVisible({visible});
      }
      // By kind, on top of the language: back to all languages, one kind.
      await filter.locator('[data-filter="language"]').selectOption('');
      const kind = groups[0].kind;
      await filter.locator('[data-filter="kind"]').selectOption(kind);
      await expect(page.locator('[data-entry]:visible')).toHaveCount(groups[0].entries.length);
      await filter.locator('[data-filter="kind"]').selectOption('');
      await expect(page.locator('[data-entry]:visible')).toHaveCount(entries.length);
      // The address and the history do not change; nothing is stored; nothing left the site.
      await expect(page).toHaveURL(new RegExp(`${url}$`));
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      await expectNoTrace(page);
      expect(watch.offsite).toEqual([]);
    });

    test("search finds a place's page by an entry's name and by a kind of help", async ({page}) => {
      // An entry only this place has, in a kind no national entry shares, and its kind's heading.
      const localIds = new Set(localEntries(richest).map((e) => e.id));
      const group = groups.find((g) => g.entries.every((e) => localIds.has(e.id))) ?? groups[0];
      const own = group.entries.find((e) => localIds.has(e.id))!;
      const heading = messages[locale].Directory[kindKey[own.kind]];
      for (const words of [own.organization, `${heading} ${richest.name[locale]}`]) {
        await page.goto(fixedPaths(locale).search);
        const input = page.locator('#search-words');
        await input.fill(words);
        await input.press('Enter');
        await expect(page.locator('.search-status')).not.toHaveText(/^$|…/);
        const links = await page.locator('.search-result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(links, `searching "${words}"`).toContain(placePath(locale, richest));
      }
      await expect(page.locator('.search-result-kind').first()).toBeVisible();
    });

    test('a number that only takes texts has a text link and no call link', async ({page}) => {
      const place = places.find((p) => localEntries(p).some((e) => e.phones?.some((ph) => ph.calls === false)))!;
      const entry = localEntries(place).find((e) => e.phones?.some((ph) => ph.calls === false))!;
      const phone = entry.phones!.find((ph) => ph.calls === false)!;
      await page.goto(placePath(locale, place));
      const item = page.locator(`[data-entry="${entry.id}"]`);
      await expect(item.locator(`a[href="tel:${phone.number}"]`)).toHaveCount(0);
      await expect(item.locator(`a[href="sms:${phone.number}"]`)).toContainText(phone.display);
    });

    test("a place's page can be shared by its address or a discreet one whose preview says nothing of the topic", async ({page}) => {
      const address = placePath(locale, richest);
      const discreet = discreetPlaceHref(locale, richest);
      expect(discreet).toMatch(new RegExp(`^/${locale}/i/[0-9a-f]{8}$`));
      await page.goto(address);
      const share = page.locator('#share');
      await expect(share.locator('input#share-address')).toHaveValue(new RegExp(`${address}$`));
      await expect(share.locator('input#share-discreet')).toHaveValue(new RegExp(`${discreet}$`));
      await page.goto(discreet);
      // The same page once opened, with a neutral title and preview, never indexed, canonical to the place.
      await expect(page.locator('main h1')).toHaveText(messages[locale].Directory.placeTitle.replace('{place}', richest.name[locale]));
      await expect(page).toHaveTitle(messages[locale].Discreet.title);
      const meta = (selector: string) => page.evaluate((s) => document.head.querySelector(s)?.getAttribute('content') ?? '', selector);
      expect(await meta('meta[property="og:title"]')).toBe(messages[locale].Discreet.title);
      expect(await meta('meta[name="robots"]')).toMatch(/noindex/);
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(address);
      // The language switch goes to the same place's discreet page.
      await expect(page.locator('.language-switch')).toHaveAttribute('href', discreetPlaceHref(otherLocale(locale), richest));
    });

    test('without JavaScript every entry shows, and the filter does not', async ({browser}) => {
      const {page, close} = await newCheckedPage(browser, {javaScriptEnabled: false});
      await page.goto(placePath(locale, richest));
      await expect(page.locator('[data-entry]:visible')).toHaveCount(entries.length);
      await expect(page.locator('[data-directory-filter]')).toBeHidden();
      await close();
    });
  });
}
