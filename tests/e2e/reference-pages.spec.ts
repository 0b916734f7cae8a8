import {expect, type Page} from '@playwright/test';
import {sortedGlossary} from '../../lib/glossary';
import {entries, locales, test} from './site';

/**
 * The glossary and the myths page read well on a phone: the glossary as bold terms with their
 * definitions under them, no indent, space between entries; the myths as pairs, each myth a small
 * heading and its fact a card whose first words stand out. At 360 px, and at 200% text, nothing
 * scrolls sideways. Measured in the phone project.
 */

test.skip(({isMobile}) => !isMobile, 'phones only');
test.use({viewport: {width: 360, height: 740}});

const pageOf = (id: string, locale: 'es' | 'en') => entries.find((e) => e.id === id && e.locale === locale)!.href;

async function glossary(page: Page) {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll('dl.glossary > div')];
    const px = (v: string) => parseFloat(v);
    return {
      entries: items.length,
      shapes: [...new Set(items.map((d) => [...d.children].map((c) => c.tagName).join('+')))],
      terms: items.map((d) => {
        const dt = d.querySelector('dt')!;
        const dfn = dt.querySelector('dfn')!;
        const dd = d.querySelector('dd')!;
        return {
          id: dt.id,
          bold: px(getComputedStyle(dfn).fontWeight) >= 700,
          italic: getComputedStyle(dfn).fontStyle === 'italic',
          indent: Math.round(dd.getBoundingClientRect().left - dt.getBoundingClientRect().left),
          termLarger: px(getComputedStyle(dfn).fontSize) > px(getComputedStyle(dd).fontSize)
        };
      }),
      // The space from one definition's last line to the next term.
      gaps: items.slice(1).map((d, i) => Math.round(d.querySelector('dt')!.getBoundingClientRect().top - items[i].querySelector('dd')!.getBoundingClientRect().bottom))
    };
  });
}

async function myths(page: Page) {
  return page.evaluate(() => {
    const px = (v: string) => parseFloat(v);
    const headings = [...document.querySelectorAll('main .prose h2')];
    const pairs = headings
      .filter((h) => /^(Mito|Myth):/.test(h.textContent!))
      .map((h) => {
        const fact = h.nextElementSibling as HTMLElement;
        const lead = fact.firstElementChild as HTMLElement | null;
        return {
          myth: h.textContent,
          factIsCard: fact.tagName === 'P' && getComputedStyle(fact).backgroundColor !== 'rgba(0, 0, 0, 0)',
          sameCard: getComputedStyle(h).backgroundColor === getComputedStyle(fact).backgroundColor,
          joined: Math.round(fact.getBoundingClientRect().top - h.getBoundingClientRect().bottom),
          factLeads: !!lead && lead.tagName === 'STRONG' && /^(Realidad|Fact)/.test(lead.textContent!),
          mythSmaller: px(getComputedStyle(h).fontSize) < px(getComputedStyle(lead!).fontSize)
        };
      });
    const other = headings.find((h) => !/^(Mito|Myth):/.test(h.textContent!))!;
    return {pairs, otherHeadingSize: px(getComputedStyle(other).fontSize), otherHeadingBackground: getComputedStyle(other).backgroundColor};
  });
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

for (const locale of locales) {
  test(`the glossary (${locale}): bold terms, definitions under them without indent, space between entries`, async ({page}) => {
    await page.goto(pageOf('glossary', locale));
    const g = await glossary(page);
    expect(g.entries).toBe(sortedGlossary(locale).length);
    expect(g.shapes).toEqual(['DT+DD']);
    for (const t of g.terms) expect(t, t.id).toEqual({id: t.id, bold: true, italic: false, indent: 0, termLarger: true});
    expect(Math.min(...g.gaps)).toBeGreaterThanOrEqual(8);
    // A term and its definition are not split across printed pages.
    await page.emulateMedia({media: 'print'});
    expect(await page.locator('dl.glossary > div').first().evaluate((d) => getComputedStyle(d).breakInside)).toBe('avoid');
  });

  test(`the myths page (${locale}): each myth a small heading, its fact a card right under it`, async ({page}) => {
    await page.goto(pageOf('myths-and-facts', locale));
    const m = await myths(page);
    expect(m.pairs.length).toBeGreaterThanOrEqual(8);
    for (const p of m.pairs) expect(p, p.myth!).toEqual({myth: p.myth, factIsCard: true, sameCard: true, joined: 0, factLeads: true, mythSmaller: true});
    // Headings that are not myths keep the ordinary look.
    expect(m.otherHeadingBackground).toBe('rgba(0, 0, 0, 0)');
  });

  test(`the glossary and the myths page (${locale}) never scroll sideways at 360 px, with normal and 200% text`, async ({page}) => {
    const cdp = await page.context().newCDPSession(page);
    for (const size of [16, 32]) {
      await cdp.send('Page.setFontSizes', {fontSizes: {standard: size}});
      for (const id of ['glossary', 'myths-and-facts']) {
        await page.goto(pageOf(id, locale));
        expect(await sideways(page), `${id} at ${size * 6.25}%`).toBe(false);
      }
      // The structure holds at large text too.
      await page.goto(pageOf('glossary', locale));
      expect((await glossary(page)).terms.every((t) => t.bold && t.indent === 0)).toBe(true);
      await page.goto(pageOf('myths-and-facts', locale));
      expect((await myths(page)).pairs.every((p) => p.factIsCard && p.mythSmaller)).toBe(true);
    }
  });
}
