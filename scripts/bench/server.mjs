// Helpers for the benchmarks: start and stop servers, find a browser, print tables.
import {spawn, spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
export const {chromiumPath, howToGetChromium} = require('../chromium.cjs');
export const {measurePage} = require('../page-weight.cjs');

export const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1'};

export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, {stdio: 'inherit', env, ...options});
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

/** Serves the built site (dist/) as npm start does, on `port`; returns a function that stops it. */
export function startSite(port) {
  return startServer('node', ['site/serve.mjs'], `http://127.0.0.1:${port}/es`, {env: {...env, PORT: String(port)}});
}

/** Starts a command and waits until `url` answers. */
export async function startServer(cmd, args, url, options = {}) {
  const child = spawn(cmd, args, {stdio: 'ignore', env, detached: true, ...options});
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(url, {redirect: 'manual'});
      if (r.status < 500) return () => stopGroup(child.pid);
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stopGroup(child.pid);
  throw new Error(`${cmd} ${args.join(' ')} did not answer at ${url}`);
}

function stopGroup(pid) {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Every page of the running site, from its sitemap. */
export async function sitePaths(base) {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

export function table(rows, columns) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells) => cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(columns.map((c) => r[c])));
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);

/**
 * A response's headers, to send again with other bytes: without those that describe one
 * connection or one body (length, encoding, date), and without any of `alsoDrop` (lower case).
 */
export function resendableHeaders(response, alsoDrop = []) {
  const drop = new Set(['content-encoding', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', ...alsoDrop]);
  return Object.fromEntries([...response.headers].filter(([name]) => !drop.has(name)));
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The search page: its first-visit bytes, the bytes its first query loads (Pagefind's script,
 * WebAssembly and index chunks), and the time from Enter to the results, cold and then warm.
 */
export async function measureSearch(browser, url, queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await page.goto(url, {waitUntil: 'networkidle'});
  const pageBytes = bytes;
  const times = [];
  let firstQueryBytes = 0;
  for (const [i, query] of queries.entries()) {
    bytes = 0;
    await page.locator('#search-words').fill(query);
    const started = await page.evaluate(() => performance.now());
    await page.locator('#search-words').press('Enter');
    await page.waitForFunction(() => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      return status !== '' && !status.endsWith('…');
    });
    times.push((await page.evaluate(() => performance.now())) - started);
    if (i === 0) {
      await page.waitForLoadState('networkidle');
      firstQueryBytes = bytes;
    }
  }
  const results = await page.locator('.search-result').count();
  await context.close();
  return {pageBytes, firstQueryBytes, coldMs: times[0], warmMs: times.slice(1), results};
}
