// What a first visit to a page costs: the bytes transferred (compressed, as sent),
// by type, measured in Chromium through the DevTools protocol. Used by the page-weight
// test (tests/e2e/weight.spec.ts) and the benchmark (scripts/bench.mjs).
// CommonJS so both Playwright's TypeScript and plain Node scripts can load it.

const TYPES = {Document: 'html', Script: 'js', Stylesheet: 'css', Image: 'img', Font: 'font'};

/** @param {import('playwright-core').Browser} browser @param {string} url */
async function measurePage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  const kinds = new Map();
  const bytes = {html: 0, js: 0, css: 0, img: 0, font: 0, other: 0};
  const requests = [];
  cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, {type: TYPES[e.type] ?? 'other', url: e.response.url}));
  cdp.on('Network.loadingFinished', (e) => {
    const kind = kinds.get(e.requestId) ?? {type: 'other', url: '?'};
    bytes[kind.type] += e.encodedDataLength;
    requests.push({url: kind.url, type: kind.type, bytes: e.encodedDataLength});
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  await context.close();
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  return {url, ...bytes, total, requests};
}

/** The framework floor and budgets recorded by `npm run bench` (bench/budget.json). */
function readBudget() {
  return require('../bench/budget.json');
}

module.exports = {measurePage, readBudget};
