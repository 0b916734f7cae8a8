// npm run bench:exit — how fast the quick exit acts, on a phone-sized screen with the CPU
// slowed 4x (Lighthouse's mobile preset) and as much as Lighthouse's guide says emulates the same
// phone from this machine (scripts/bench/calibration.mjs): milliseconds from click to the
// navigation request, from Shift x3 to it, and from the HTML's first byte to the exit being armed.
// Prints a table per slowdown; goal: under 50 ms to navigation.
import fs from 'node:fs';
import {chromium} from 'playwright-core';
import {calibratedMultiplier, measureBenchmarkIndex} from './bench/calibration.mjs';
import {chromiumPath, howToGetChromium, median, run, sitePaths, startSite, table} from './bench/server.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const base = `http://localhost:${PORT}`;

/** @param {{skipBuild?: boolean, benchmarkIndex?: number}} options benchmarkIndex: this machine's, if measured already */
export async function benchExit({skipBuild = false, benchmarkIndex} = {}) {
  const browserPath = chromiumPath();
  if (!browserPath) throw new Error(howToGetChromium);
  // A local build: without SITE_URL it uses this machine's address (site/site-url.mjs).
  if (!skipBuild) run('node', ['-e', `import('./site/build.mjs').then((b) => b.buildIfStale({localPort: ${PORT}}))`]);
  const stop = await startSite(PORT);
  const browser = await chromium.launch({executablePath: browserPath, args: ['--disable-background-networking', '--disable-component-update']});
  const pages = await sitePaths(base);
  const article = (locale) => pages.find((p) => p.startsWith(`/${locale}/${locale === 'es' ? 'articulos' : 'articles'}/`)) ?? `/${locale}`;
  const targets = ['es', 'en'].flatMap((l) => [`/${l}`, article(l)]);
  const machineIndex = benchmarkIndex ?? (await measureBenchmarkIndex(browser));
  const rates = [...new Set([4, calibratedMultiplier(machineIndex)])];
  const rows = [];
  try {
    for (const rate of rates) for (const path of targets) {
      const samples = {click: [], shift: [], clickEvent: [], shiftEvent: [], armed: []};
      for (let i = 0; i < ROUNDS; i++) {
        for (const how of ['click', 'shift']) {
          const context = await browser.newContext({viewport: {width: 412, height: 839}, isMobile: true, hasTouch: true});
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', {rate});
          await cdp.send('Network.enable');
          let requestWall = 0;
          cdp.on('Network.requestWillBeSent', (e) => {
            if (!e.request.url.startsWith(base) && !requestWall) requestWall = e.wallTime * 1000;
          });
          await context.route((url) => !url.href.startsWith(base), (route) => route.fulfill({status: 200, contentType: 'text/html', body: '<title>Weather</title>'}));
          await page.goto(`${base}${path}`);
          if (how === 'click') {
            const armed = await page.evaluate(() => {
              const mark = performance.getEntriesByName('quick-exit-armed')[0];
              const nav = performance.getEntriesByType('navigation')[0];
              return mark.startTime - nav.responseStart;
            });
            samples.armed.push(armed);
          }
          // When the page received the input (the event's own time, as the Event Timing API counts
          // it), reported from a listener that runs before the site's: the figure without the time
          // the harness takes to send the input (a click is three messages: move, down, up).
          let eventWall = 0;
          page.on('console', (m) => {
            if (m.text().startsWith('bench-input ')) eventWall = Number(m.text().slice(12));
          });
          await page.evaluate((type) => {
            addEventListener(type, (e) => console.debug(`bench-input ${performance.timeOrigin + e.timeStamp}`), true);
          }, how === 'click' ? 'click' : 'keyup');
          // Wall-clock time just before the input is sent (includes ~1 ms of DevTools messaging).
          let start = 0;
          if (how === 'click') {
            const box = await page.locator('a.quick-exit-button').boundingBox();
            start = Date.now();
            await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          } else {
            await page.keyboard.press('Shift');
            await page.keyboard.press('Shift');
            start = Date.now();
            await page.keyboard.press('Shift');
          }
          await page.waitForURL((u) => !u.href.startsWith(base), {timeout: 10000}).catch(() => {});
          if (start && requestWall) samples[how].push(requestWall - start);
          if (eventWall && requestWall) samples[`${how}Event`].push(requestWall - eventWall);
          await context.close();
        }
      }
      const fmt = (xs) => (xs.length ? `${median(xs).toFixed(1)} / ${Math.max(...xs).toFixed(1)}` : 'n/a');
      rows.push({
        cpu: `${rate}x`,
        page: path,
        'click → request (median / worst ms)': fmt(samples.click),
        'click event → request': fmt(samples.clickEvent),
        'Shift×3 → request': fmt(samples.shift),
        'third Shift event → request': fmt(samples.shiftEvent),
        'first byte → armed': fmt(samples.armed),
        samples
      });
    }
  } catch (error) {
    console.error('bench:exit failed:', error);
    throw error;
  } finally {
    await browser.close();
    stop();
  }
  console.log(
    `\nQuick exit, phone viewport, ${ROUNDS} rounds each, CPU slowed ${rates.map((r) => `${r}x`).join(' and ')} ` +
      `(benchmarkIndex ${machineIndex}; goal: under 50 ms to navigation)\n`
  );
  table(rows, ['cpu', 'page', 'click → request (median / worst ms)', 'click event → request', 'Shift×3 → request', 'third Shift event → request', 'first byte → armed']);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchExit();
  fs.mkdirSync('bench-results', {recursive: true});
  fs.writeFileSync('bench-results/exit.json', JSON.stringify(rows, null, 2));
}
