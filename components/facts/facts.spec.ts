import {expect} from '@playwright/test';
import {changes} from '../../lib/changes';
import {fixedPaths} from '../../lib/content/paths';
import {forbiddenPhrases} from '../../lib/content/recorded-facts';
import {formatDate} from '../../lib/format';
import {hotlines} from '../../lib/hotlines';
import {entries, locales, test} from '../../tests/e2e/site';

/**
 * Facts that change in the world, as a reader meets them: the pages show the operator and what the
 * trafficking line may pass on from the one record (content/hotlines.json), each with how it was
 * checked; every page says when it was reviewed; the "What changed" page and the feeds list the
 * correction. The expectations are read from the same record the site is built from.
 */

const nhth = hotlines.find((h) => h.id === 'human-trafficking')!;
const usesSharing = (e: (typeof entries)[number]) => e.body.includes('<HotlineSharing id="human-trafficking"');

for (const locale of locales) {
  const getHelp = entries.find((e) => e.locale === locale && e.id === 'get-help')!;
  const articles = entries.filter((e) => e.locale === locale && e.kind === 'article' && usesSharing(e));

  test(`${locale}: get-help and the articles that explain the trafficking line show its operator and what it may pass on, from the record`, async ({
    page
  }) => {
    expect(articles.length, 'articles that show the sharing box').toBeGreaterThanOrEqual(2);
    for (const entry of [getHelp, ...articles.slice(0, 2)]) {
      await page.goto(entry.href);
      const box = page.locator('[data-fact="human-trafficking-sharing"]').first();
      await expect(box, entry.href).toBeVisible();
      await expect(box).toContainText(nhth.operator!.name);
      await expect(box).toContainText(formatDate(nhth.operator!.since, locale));
      await expect(box).toContainText(nhth.sharing.summary[locale]);
      for (const point of nhth.sharing.points) await expect(box).toContainText(point[locale]);
      for (const step of nhth.sharing.whatYouCanDo ?? []) await expect(box).toContainText(step[locale]);
      await expect(box).toContainText(nhth.sharing.unconfirmed![locale]);
      // How it was checked, said as it was done: a saved copy, linked.
      const review = box.locator('.fact-review').filter({has: page.locator(`a[href="${nhth.sharing.review.source}"]`)});
      await expect(review).toContainText(formatDate(nhth.sharing.review.date, locale));
      await expect(review.locator('a')).toHaveText(locale === 'es' ? /^una copia guardada de / : /^a saved copy of /);
      // Nothing on the page states the former operator or its consent rule as current.
      const text = await page.locator('main').innerText();
      for (const phrase of forbiddenPhrases().filter((p) => p.locale === locale)) {
        expect(text, `${entry.href}: "${phrase.phrase}"`).not.toMatch(phrase.pattern);
      }
    }
  });

  test(`${locale}: each hotline card on get-help shows who runs it, hours and languages by channel, cost, and how each was checked`, async ({
    page
  }) => {
    await page.goto(getHelp.href);
    for (const h of hotlines) {
      const card = page.locator(`main .hotline[data-hotline="${h.id}"]`).first();
      await expect(card).toBeVisible();
      if (h.operator) await expect(card.locator('.hotline-facts')).toContainText(h.operator.name);
      await expect(card.locator('.hotline-facts')).toContainText(h.hours.call[locale]);
      await expect(card.locator('.hotline-facts')).toContainText(h.languages.call[locale]);
      await expect(card.locator('.hotline-facts')).toContainText(h.cost.say[locale]);
      const reviews = card.locator('.fact-review');
      for (const fact of [h.numbers, h.operator, h.hours, h.languages, h.cost].filter((f) => f !== undefined)) {
        await expect(reviews.locator(`a[href="${fact.review.source}"]`).first()).toHaveText(
          fact.review.sourceTitle[locale]
        );
      }
      // Nobody called or texted the lines: no card may say it was confirmed that way.
      await expect(card).not.toContainText(locale === 'es' ? 'con una llamada a la línea' : 'by calling the line');
    }
  });

  test(`${locale}: every page says when it was last reviewed`, async ({request}) => {
    for (const entry of entries.filter((e) => e.locale === locale)) {
      const html = await (await request.get(entry.href)).text();
      const line = new RegExp(
        `<p class="entry-reviewed" data-reviewed="${entry.reviewed}">[^<]*${formatDate(entry.reviewed!, locale)}`
      );
      expect(html, entry.href).toMatch(line);
    }
  });

  test(`${locale}: the "What changed" page lists the operator correction first, links the pages it names, and is in the footer and the feed`, async ({
    page,
    request
  }) => {
    await page.goto(getHelp.href);
    await page
      .locator('.site-footer')
      .getByRole('link', {name: locale === 'es' ? 'Lo que cambió' : 'What changed'})
      .click();
    await expect(page).toHaveURL(new RegExp(`${fixedPaths(locale).changes}$`));
    const first = page.locator('main section').first();
    await expect(first).toHaveAttribute('id', '2026-12-04-hotline-operator');
    await expect(first.getByRole('heading', {level: 2})).toHaveText(changes[0].title[locale]);
    await expect(first).toContainText(changes[0].text[locale]);
    for (const id of changes[0].pages) {
      const target = entries.find((e) => e.locale === locale && e.id === id)!;
      await expect(first.locator(`a[href="${target.href}"]`)).toHaveText(target.title);
    }
    // The other language's switch goes to the same page.
    await page.locator('a.language-switch').click();
    await expect(page).toHaveURL(new RegExp(`${fixedPaths(locale === 'es' ? 'en' : 'es').changes}$`));

    const feed = await (await request.get(`/${locale}/feed.xml`)).text();
    expect(feed).toContain(`<title><![CDATA[${changes[0].title[locale]}]]></title>`);
    expect(feed).toMatch(
      new RegExp(`<link>https://[^<]+${fixedPaths(locale).changes}#2026-12-04-hotline-operator</link>`)
    );
  });
}
