import zlib from 'node:zlib';
import {expect, test} from '@playwright/test';
import pageWeight from '../../scripts/page-weight.cjs';
import {allPages} from './site';

/**
 * Page weight: what every page makes a phone download on first visit (compressed, as sent),
 * held to the budget `npm run bench` recorded in bench/budget.json: the framework floor
 * (a bare Next.js app with the same versions) plus 30 KiB. Bytes are deterministic.
 */

const budget = pageWeight.readBudget();

test.describe.configure({mode: 'serial'});
test.skip(({browserName, isMobile}) => browserName !== 'chromium' || isMobile, 'measured once, on desktop Chromium');

test('every page stays within the page budget', async ({browser, baseURL}) => {
  test.setTimeout(180_000);
  const rows: string[] = [];
  const over: string[] = [];
  for (const p of allPages()) {
    const m = await pageWeight.measurePage(browser, `${baseURL}${p.path}`);
    rows.push(
      `${p.path.padEnd(60)} html ${m.html} js ${m.js} css ${m.css} img ${m.img} font ${m.font} other ${m.other} total ${m.total}`
    );
    if (m.total > budget.pageBudgetBytes) {
      const types: ('html' | 'js' | 'css' | 'img' | 'font' | 'other')[] = ['html', 'js', 'css', 'img', 'font', 'other'];
      const heaviest = types.sort((a, b) => m[b] - m[a])[0];
      over.push(`${p.path}: ${m.total} bytes > ${budget.pageBudgetBytes} (heaviest type: ${heaviest}, ${m[heaviest]} bytes)`);
    }
    // Reading one page loads nothing else: no prefetch of pages the reader did not ask for.
    expect(m.requests.filter((r) => r.type === 'other' && /\/(es|en)\//.test(r.url)).map((r) => r.url)).toEqual([]);
  }
  console.log(`Page weight in bytes (budget ${budget.pageBudgetBytes}, floor ${budget.frameworkFloorBytes}):\n${rows.join('\n')}`);
  expect(over).toEqual([]);
});

test('the quick-exit script is under its budget, compressed', async ({request}) => {
  const html = await (await request.get('/es')).text();
  const script = /<script id="quick-exit-script">([\s\S]*?)<\/script>/.exec(html)![1];
  const size = zlib.gzipSync(script).length;
  console.log(`quick-exit script: ${script.length} bytes, ${size} bytes gzip`);
  expect(size).toBeLessThanOrEqual(budget.quickExitScriptBudgetBytes);
});

test('no web fonts, no images over 50 KB, static files cached for a year', async ({page, request}) => {
  const responses: {url: string; type: string; cache: string | undefined; size: number}[] = [];
  page.on('response', async (r) => {
    responses.push({url: r.url(), type: r.request().resourceType(), cache: r.headers()['cache-control'], size: Number(r.headers()['content-length'] ?? 0)});
  });
  await page.goto('/es');
  await page.waitForLoadState('networkidle');
  expect(responses.filter((r) => r.type === 'font')).toEqual([]);
  expect(responses.filter((r) => r.type === 'image' && r.size > 50_000)).toEqual([]);
  for (const r of responses.filter((x) => x.url.includes('/_next/static/'))) {
    expect(r.cache, r.url).toMatch(/max-age=31536000.*immutable/);
  }
  const pageResponse = await request.get('/es');
  expect(pageResponse.headers()['cache-control']).toMatch(/s-maxage=\d+|must-revalidate|max-age=0/);
});

test('every page works without JavaScript: content, hotlines and links are in the HTML', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  for (const p of allPages().slice(0, 6)) {
    await page.goto(p.path);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('a[href^="tel:"]').first()).toBeAttached();
  }
  await context.close();
});
