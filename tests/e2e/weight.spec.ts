import zlib from 'node:zlib';
import {expect} from '@playwright/test';
import pageWeight from '../../scripts/page-weight.cjs';
import {fixedPaths} from '../../lib/content/paths';
import {allPages, entries, newCheckedPage, test} from './site';

/**
 * Page weight: what every page makes a phone download on a first visit (compressed, as sent, every
 * request counted), held to bench/budget.json: no JavaScript file at all, the home page within
 * homeBudgetBytes, the directory's list of places and each place's page within theirs, every other
 * page within pageBudgetBytes. Bytes are deterministic.
 */

const budget = pageWeight.readBudget();
const types = ['html', 'js', 'css', 'img', 'font', 'other'] as const;

test.describe.configure({mode: 'serial'});
test.skip(({browserName, isMobile}) => browserName !== 'chromium' || isMobile, 'measured once, on desktop Chromium');

test('every page stays within its budget and loads no JavaScript file', async ({browser, baseURL}) => {
  // Some 200 pages, 104 of them the directory's places.
  test.setTimeout(360_000);
  const rows: string[] = [];
  const over: string[] = [];
  for (const p of allPages()) {
    const m = await pageWeight.measurePage(browser, `${baseURL}${p.path}`);
    rows.push(`${p.path.padEnd(60)} ${types.map((t) => `${t} ${m[t]}`).join(' ')} total ${m.total}`);
    const isHome = p.path === `/${p.locale}`;
    const entry = entries.find((e) => e.href === p.path);
    // The directory by place has its own, tighter budgets: the list of places and each place's page.
    const directory = fixedPaths(p.locale).directory;
    const limit = isHome
      ? budget.homeBudgetBytes
      : p.path === directory
        ? budget.directoryListBudgetBytes
        : p.path.startsWith(`${directory}/`)
          ? budget.directoryPlaceBudgetBytes
          : budget.pageBudgetBytes;
    if (m.js > 0) over.push(`${p.path}: js ${m.js} bytes (${m.requests.filter((r) => r.type === 'js').map((r) => r.url).join(', ')}); pages load no JavaScript file`);
    if (m.total > limit && !(entry && entry.readability.words > budget.budgetWordLimit)) {
      const heaviest = [...types].sort((a, b) => m[b] - m[a])[0];
      over.push(`${p.path}: ${m.total} bytes > ${limit} (heaviest type: ${heaviest}, ${m[heaviest]} bytes)`);
    }
    // Reading one page loads nothing else: no prefetch of pages the reader did not ask for.
    expect(m.requests.filter((r) => r.type === 'other' && /\/(es|en)\//.test(r.url)).map((r) => r.url)).toEqual([]);
  }
  console.log(`Page weight in bytes (home budget ${budget.homeBudgetBytes}, page budget ${budget.pageBudgetBytes}):\n${rows.join('\n')}`);
  expect(over).toEqual([]);
});

test('the quick-exit script is under its budget, compressed', async ({request}) => {
  const html = await (await request.get('/es')).text();
  const script = /<script id="quick-exit-script"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1];
  const size = zlib.gzipSync(script).length;
  console.log(`quick-exit script: ${script.length} bytes, ${size} bytes gzip`);
  expect(size).toBeLessThanOrEqual(budget.quickExitScriptBudgetBytes);
});

test('no web fonts, no images over 50 KB, pages kept off the disk cache', async ({page, request}) => {
  const responses: {url: string; type: string; size: number}[] = [];
  page.on('response', async (r) => {
    responses.push({url: r.url(), type: r.request().resourceType(), size: Number(r.headers()['content-length'] ?? 0)});
  });
  await page.goto('/es');
  await page.waitForLoadState('networkidle');
  expect(responses.filter((r) => r.type === 'font')).toEqual([]);
  expect(responses.filter((r) => r.type === 'image' && r.size > 50_000)).toEqual([]);
  const pageResponse = await request.get('/es');
  expect(pageResponse.headers()['cache-control']).toBe('no-store');
  expect(pageResponse.headers()['etag']).toBeTruthy();
});

test('every page works without JavaScript: content, hotlines and links are in the HTML', async ({browser}) => {
  const {page, close} = await newCheckedPage(browser, {javaScriptEnabled: false});
  for (const p of allPages()) {
    await page.goto(p.path);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('a[href^="tel:"]').first()).toBeAttached();
  }
  await close();
});
