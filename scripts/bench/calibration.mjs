// How much to slow this machine's CPU to emulate the phone Lighthouse's mobile preset stands for.
// The preset slows the CPU 4x, which turns a high-end desktop (Lighthouse's benchmarkIndex
// 1500-2000) into a mid-tier phone. Lighthouse's throttling guide (docs/throttling.md,
// "Calibrating the CPU slowdown") gives the multiplier for other machines: 2x from a low-end
// desktop (1000-1500) or a high-end phone (800-1200), none from a mid-tier phone (125-800).
// Slowing a slower machine 4x emulates a slower phone than the preset means to.
import http from 'node:http';
import {pageFunctions} from 'lighthouse/core/lib/page-functions.js';
import {contentSecurityPolicy} from '../../site/headers.mjs';
import {median, resendableHeaders} from './server.mjs';

/** The multiplier Lighthouse's throttling guide suggests for a machine with this benchmarkIndex. */
export function calibratedMultiplier(benchmarkIndex) {
  if (benchmarkIndex >= 1500) return 4;
  if (benchmarkIndex >= 800) return 2;
  return 1;
}

/** Lighthouse's own benchmark (about a second), run in `browser`: the median of `runs`. */
export async function measureBenchmarkIndex(browser, runs = 3) {
  const page = await browser.newPage();
  try {
    const measure = () => page.evaluate(`(${pageFunctions.computeBenchmarkIndex})()`);
    // A first run, not counted: in a browser just started it reads 20-30% low.
    await measure();
    const scores = [];
    for (let i = 0; i < runs; i++) scores.push(await measure());
    return median(scores);
  } finally {
    await page.close();
  }
}

/**
 * Serves, on `port`, a page of one heading and one paragraph with the response headers the site
 * sends for `like` (its CSP with no script or style allowed, as the page has none): what
 * Lighthouse measures on this machine for a page that costs next to nothing, beside the site's pages.
 * Returns a function that stops it.
 */
export async function startControlPage(port, like) {
  // No validators: they would describe the site's page, not this one.
  const headers = {
    ...resendableHeaders(await fetch(like), ['content-type', 'etag', 'last-modified']),
    'content-security-policy': contentSecurityPolicy({scripts: [], styles: []})
  };
  const body =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    // An empty icon: no request for /favicon.ico, whose 404 would cost best practices points.
    '<link rel="icon" href="data:,">' +
    `<title>Control page</title><meta name="description" content="A page that costs next to nothing, to measure the machine."></head><body><h1>Control page</h1><p>${'A short paragraph of plain text. '.repeat(12)}</p></body></html>`;
  // Lighthouse's SEO audit reads robots.txt: the control page answers with the site's own.
  const robots = await (await fetch(new URL('/robots.txt', like))).text();
  const files = {'/': ['text/html; charset=utf-8', body], '/robots.txt': ['text/plain; charset=utf-8', robots]};
  const server = http.createServer((req, res) => {
    const file = files[req.url];
    res.writeHead(file ? 200 : 404, {...headers, 'content-type': file?.[0] ?? 'text/plain; charset=utf-8'});
    res.end(file?.[1] ?? '');
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return () => server.close();
}
