// npm run bench — performance figures, printed as tables and written to bench-results/bench.json.
// Not part of npm test. Steps (each can be skipped with BENCH_SKIP=weight,lighthouse,exit,load,search,directory,scale):
//   weight:     every page's first-visit bytes by type, against bench/budget.json (no JavaScript file at all).
//   lighthouse: Lighthouse (mobile preset) on home, article index, the longest article and get-help, both languages,
//               and on a control page of one paragraph; again with the CPU slowdown calibrated to this machine.
//   exit:       quick-exit latency (scripts/bench-exit.mjs).
//   load:       autocannon against npm start's server for an article and a share image, at 10 and 100
//               connections, and against a raw in-memory Node server sending the same bytes in the same run.
//   search:     the search page's first-visit bytes, the bytes of its first query, and query times.
//   scale:      build time and article-index size with 10, 100 and 500 synthetic articles per language,
//               and search on the largest set.
//   directory:  the build time of the directory's place pages: the real content built with them and
//               without them (SITE_BENCH_NO_PLACES=1), the difference printed.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {chromium} from 'playwright-core';
import autocannon from 'autocannon';
import {benchExit} from './bench-exit.mjs';
import {calibratedMultiplier, measureBenchmarkIndex, startControlPage} from './bench/calibration.mjs';
import {chromiumPath, howToGetChromium, kib, measurePage, measureSearch, median, resendableHeaders, run, sitePaths, startServer, startSite, table} from './bench/server.mjs';

const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const PORT = 3230;
const base = `http://localhost:${PORT}`;
const results = {date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`};
const browserPath = chromiumPath();
if (!browserPath) {
  console.error(howToGetChromium);
  process.exit(1);
}
const budget = JSON.parse(fs.readFileSync('bench/budget.json', 'utf8'));

console.log('Building the site (if stale)…');
// A local build: without SITE_URL it uses this machine's address (site/site-url.mjs).
run('node', ['-e', `import('./site/build.mjs').then((b) => b.buildIfStale({localPort: ${PORT}}))`]);
let stop = await startSite(PORT);
const browser = await chromium.launch({executablePath: browserPath, args: ['--disable-background-networking', '--disable-component-update']});
const paths = await sitePaths(base);
// This machine's speed, by Lighthouse's own benchmark, in the browser the quick-exit step drives: that
// step reports its figures both with the preset's CPU slowdown and with the one calibrated to it.
// (The Lighthouse step calibrates from the index Lighthouse measures in its own runs.)
const machineIndex = await measureBenchmarkIndex(browser);
console.log(`benchmarkIndex of this machine, in Playwright's Chromium: ${machineIndex} (Lighthouse's 4x preset assumes 1500-2000; calibrated CPU slowdown: ${calibratedMultiplier(machineIndex)}x)`);
results.benchmarkIndex = machineIndex;
// The longest article of each language: the heaviest page a reader can open.
const htmlBytes = (p) => fs.statSync(path.join('dist/site', `${p}.html`)).size;
const longest = (locale, section) =>
  paths.filter((p) => p.startsWith(`/${locale}/${section}/`) && !/\/\d+$/.test(p)).sort((a, b) => htmlBytes(b) - htmlBytes(a))[0];
const pick = (locale) => {
  const s = {es: ['articulos', 'ayuda'], en: ['articles', 'get-help']}[locale];
  return [`/${locale}`, `/${locale}/${s[0]}`, longest(locale, s[0]), `/${locale}/${s[1]}`].filter(Boolean);
};
const keyPages = [...pick('es'), ...pick('en')];

try {
  if (!skip.has('weight')) {
    console.log('\n== Page weight (first visit, compressed bytes as transferred, every request) ==\n');
    const rows = [];
    for (const p of paths) {
      const m = await measurePage(browser, `${base}${p}`);
      rows.push({page: p, requests: m.requests.length, html: kib(m.html), js: kib(m.js), css: kib(m.css), other: kib(m.img + m.font + m.other), 'total KiB': kib(m.total), bytes: m.total});
    }
    table(rows, ['page', 'requests', 'html', 'js', 'css', 'other', 'total KiB']);
    const worst = rows.reduce((a, r) => (r.bytes > a.bytes ? r : a));
    const homes = rows.filter((r) => /^\/(es|en)$/.test(r.page));
    console.log(
      `\nHeaviest page: ${worst.page}, ${worst['total KiB']} KiB (budget ${kib(budget.pageBudgetBytes)}, goal ${kib(budget.pageGoalBytes)}). ` +
        `Home: ${homes.map((r) => `${r.page} ${r['total KiB']} KiB`).join(', ')} (budget ${kib(budget.homeBudgetBytes)}). ` +
        `JavaScript files requested: ${rows.reduce((n, r) => n + Number(r.js > 0), 0)} pages.`
    );
    results.weight = rows;
    // The directory by place: its list and heaviest place page against their own budgets, and the time
    // its data takes to read and check (every place file, as the build does).
    const isList = (r) => /^\/(es\/ayuda-cerca|en\/help-near-you)$/.test(r.page);
    const places = rows.filter((r) => /^\/(es\/ayuda-cerca|en\/help-near-you)\//.test(r.page));
    if (places.length) {
      const heaviest = places.reduce((a, r) => (r.bytes > a.bytes ? r : a));
      const started = process.hrtime.bigint();
      run('npx', ['tsx', '-e', "import('./lib/directory.ts').then((m) => (m.default ?? m).checkDirectory(new Date()))"]);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      console.log(
        `Directory: ${places.length} place pages, heaviest ${heaviest.page} ${heaviest['total KiB']} KiB (budget ${kib(budget.directoryPlaceBudgetBytes)}); ` +
          `list ${rows.filter(isList).map((r) => `${r.page} ${r['total KiB']} KiB`).join(', ')} (budget ${kib(budget.directoryListBudgetBytes)}); ` +
          `reading and checking its data: ${ms.toFixed(0)} ms (with tsx start-up).`
      );
      results.directory = {places: places.length, heaviest: heaviest.bytes, checkMs: ms};
    }
  }

  if (!skip.has('lighthouse')) {
    // Nine runs a page: on a 2-core machine one page's TBT ranges from 0 to 150 ms from run to run,
    // and a median of five still moved by 40 ms between two quiet runs (Lighthouse's variability
    // guide: the more runs, the steadier the median).
    const runs = Number(process.env.BENCH_LH_RUNS ?? 9);
    const {default: lighthouse} = await import('lighthouse');
    const {throttling} = await import('lighthouse/core/config/constants.js');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: browserPath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
    });
    const preset = throttling.mobileSlow4G.cpuSlowdownMultiplier;
    // The floor: a one-paragraph page with the site's headers, measured in the same runs.
    const stopControl = await startControlPage(PORT + 2, `${base}/es`);
    const targets = [...keyPages.map((p) => ({page: p, url: `${base}${p}`})), {page: 'control: one paragraph, same headers', url: `http://127.0.0.1:${PORT + 2}/`}];
    /** Every key page, `runs` times; each figure is the median of its own. Also returns Lighthouse's benchmarkIndex. */
    const audit = async (cpuSlowdownMultiplier) => {
      const config = {extends: 'lighthouse:default', settings: {throttling: {...throttling.mobileSlow4G, cpuSlowdownMultiplier}}};
      const rows = [];
      const benchmarkIndex = [];
      for (const {page, url} of targets) {
        // Several runs: simulated throttling multiplies what this machine's main thread did, so a
        // busy moment in one run moves TBT by a hundred milliseconds.
        const reports = [];
        for (let i = 0; i < runs * 2 && reports.length < runs; i++) {
          const {lhr} = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error'}, config);
          if (!lhr.runtimeError && lhr.categories.performance.score !== null) reports.push(lhr);
        }
        const of = (f) => median(reports.map(f));
        const score = (c) => of((r) => Math.round((r.categories[c]?.score ?? 0) * 100));
        const numeric = (a) => (r) => r.audits[a]?.numericValue ?? NaN;
        const tbts = reports.map(numeric('total-blocking-time')).map(Math.round);
        benchmarkIndex.push(...reports.map((r) => r.environment.benchmarkIndex));
        rows.push({
          page,
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best practices': score('best-practices'),
          seo: score('seo'),
          'LCP s': (of(numeric('largest-contentful-paint')) / 1000).toFixed(2),
          'TBT ms': `${of(numeric('total-blocking-time')).toFixed(0)} [${Math.min(...tbts)}-${Math.max(...tbts)}]`,
          CLS: of(numeric('cumulative-layout-shift')).toFixed(3),
          'bytes KiB': kib(of(numeric('total-byte-weight')))
        });
      }
      console.log(`Lighthouse's benchmarkIndex during these runs: median ${median(benchmarkIndex)}.\n`);
      table(rows, Object.keys(rows[0]));
      return {rows, benchmarkIndex: median(benchmarkIndex)};
    };
    try {
      console.log(`\n== Lighthouse, mobile preset (simulated slow 4G, CPU ${preset}x; median of ${runs} runs, TBT range in brackets) ==\n`);
      const presetPass = await audit(preset);
      results.lighthouse = presetPass.rows;
      results.lighthouseBenchmarkIndex = presetPass.benchmarkIndex;
      // Calibrated from the index Lighthouse itself measured during those runs: the figure its
      // throttling guide refers to (the bench's own browser, launched by Playwright, reads lower).
      const multiplier = calibratedMultiplier(presetPass.benchmarkIndex);
      if (multiplier !== preset) {
        console.log(`\n== Lighthouse, CPU slowdown calibrated to this machine (${multiplier}x, see scripts/bench/calibration.mjs) ==\n`);
        results.lighthouseCalibrated = {cpuSlowdownMultiplier: multiplier, rows: (await audit(multiplier)).rows};
      }
    } finally {
      await chrome.kill();
      stopControl();
    }
    console.log('\nGoals: 100 / 100 / 100 / 100, LCP under 1.0 s, TBT 0-20 ms. The control page shows what this machine and');
    console.log("Chromium cost on their own: TBT there is Chromium starting the page's renderer, not the page.");
  }

  if (!skip.has('exit')) {
    console.log('\n== Quick exit ==');
    stop();
    stop = () => {};
    results.exit = (await benchExit({skipBuild: true, benchmarkIndex: machineIndex})).map((row) => ({...row, samples: undefined}));
    stop = await startSite(PORT);
  }

  if (!skip.has('load')) {
    console.log('\n== Server throughput (autocannon on 127.0.0.1, 10 s each, gzip) ==\n');
    const article = longest('es', 'articulos') ?? '/es';
    const local = `http://127.0.0.1:${PORT}`;
    // The same bytes and headers npm start sends for the article, from memory, with nothing else to do.
    const sample = await fetch(`${local}${article}`, {headers: {'accept-encoding': 'gzip'}});
    const body = Buffer.from(await sample.arrayBuffer());
    const gzipped = zlib.gzipSync(body, {level: 9});
    const headers = resendableHeaders(sample);
    const raw = http.createServer((req, res) => {
      res.writeHead(200, {...headers, 'content-encoding': 'gzip', 'content-length': gzipped.length});
      res.end(gzipped);
    });
    await new Promise((r) => raw.listen(PORT + 1, '127.0.0.1', r));
    const rows = [];
    for (const connections of [10, 100]) {
      for (const [name, url] of [
        ['npm start: article', `${local}${article}`],
        ['npm start: share image', `${local}${article}/opengraph-image`],
        ['raw in-memory node: same article bytes', `http://127.0.0.1:${PORT + 1}${article}`]
      ]) {
        const r = await autocannon({url, connections, duration: 10, headers: {'accept-encoding': 'gzip'}});
        rows.push({target: name, connections, 'req/s': Math.round(r.requests.average), 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, errors: r.errors + r.non2xx + r.timeouts});
      }
    }
    raw.close();
    table(rows, Object.keys(rows[0]));
    for (const connections of [10, 100]) {
      const mine = rows.find((r) => r.connections === connections && r.target === 'npm start: article');
      const limit = rows.find((r) => r.connections === connections && r.target.startsWith('raw'));
      console.log(`${connections} connections: npm start serves the article at ${((mine['req/s'] / limit['req/s']) * 100).toFixed(0)}% of the raw in-memory server (goal: at least 50%).`);
    }
    results.load = rows;
  }
  if (!skip.has('search')) {
    console.log('\n== Search (first visit, first query cold, then warm queries) ==\n');
    const rows = [];
    for (const [p, queries] of [
      ['/es/buscar', ['visa T', 'no me pagan', 'trafico']],
      ['/en/search', ['H-2A', 'not paid', 'safety plan']]
    ]) {
      rows.push(searchRow(p, 'real content', await measureSearch(browser, `${base}${p}`, queries)));
    }
    table(rows, Object.keys(rows[0]));
    results.search = rows;
  }
} finally {
  stop();
  await browser.close();
}

function searchRow(page, content, m) {
  return {
    page,
    content,
    'page KiB': kib(m.pageBytes),
    'first query KiB': kib(m.firstQueryBytes),
    'cold query ms': Math.round(m.coldMs),
    'warm query ms': m.warmMs.map((t) => Math.round(t)).join(' / '),
    results: m.results
  };
}

if (!skip.has('directory')) {
  console.log('\n== Build time of the directory (the real content, with and without its place pages) ==\n');
  const timed = (extra) => {
    const distDir = path.resolve('.bench/dist-directory');
    const started = Date.now();
    run('node', ['site/build.mjs'], {env: {SITE_URL: 'https://bench.example', ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_DIST: distDir, ...extra}, stdio: 'ignore'});
    const seconds = (Date.now() - started) / 1000;
    const pages = fs.existsSync(path.join(distDir, 'headers.json')) ? JSON.parse(fs.readFileSync(path.join(distDir, 'headers.json'), 'utf8')).files.filter((f) => f.endsWith('.html')).length : NaN;
    fs.rmSync(distDir, {recursive: true, force: true});
    return {seconds, pages};
  };
  const without = timed({SITE_BENCH_NO_PLACES: '1'});
  const whole = timed({});
  const placePages = whole.pages - without.pages;
  const rows = [
    {build: 'without the place pages', pages: without.pages, seconds: without.seconds.toFixed(1)},
    {build: 'the whole site', pages: whole.pages, seconds: whole.seconds.toFixed(1)},
    {build: 'the directory (difference, one run each)', pages: placePages, seconds: (whole.seconds - without.seconds).toFixed(1)}
  ];
  table(rows, Object.keys(rows[0]));
  results.directoryBuild = {placePages, seconds: whole.seconds - without.seconds, wholeSeconds: whole.seconds};
}

let largeSearch;
if (!skip.has('scale')) {
  console.log('\n== Scaling with content (synthetic articles, real content untouched) ==\n');
  const rows = [];
  for (const n of (process.env.BENCH_SCALE ?? '10,100,500').split(',').map(Number)) {
    const dir = path.resolve(`.bench/content-${n}`);
    fs.rmSync(dir, {recursive: true, force: true});
    fs.cpSync(process.env.CONTENT_DIR ?? 'content', dir, {recursive: true});
    for (const locale of ['es', 'en']) {
      for (let i = 1; i <= n; i++) {
        fs.writeFileSync(
          path.join(dir, locale, `synthetic-${locale}-${i}.mdx`),
          `---\nid: synthetic-${i}\ntitle: "Synthetic article number ${i} for the benchmark"\ndescription: "A synthetic article made by npm run bench to measure how the build scales with content."\nkind: article\naudience: everyone\ntopics: [${['signs', 'rights', 'safety', 'services'][i % 4]}]\npublished: 2026-01-${String((i % 28) + 1).padStart(2, '0')}\nsource:\n  organization: "Benchmark"\n  title: "Synthetic"\n---\n\n## Section\n\n${'Plain text for the benchmark. '.repeat(40)}\n`
        );
      }
    }
    const distDir = path.resolve(`.bench/dist-${n}`);
    const started = Date.now();
    run('node', ['site/build.mjs'], {env: {SITE_URL: 'https://bench.example', ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: dir, SITE_DIST: distDir}, stdio: 'ignore'});
    const seconds = (Date.now() - started) / 1000;
    const indexFile = path.join(distDir, 'site/es/articulos.html');
    const indexBytes = fs.existsSync(indexFile) ? zlib.gzipSync(fs.readFileSync(indexFile)).length : NaN;
    rows.push({'articles per language': n, 'build s': seconds.toFixed(1), 'ms per article': ((seconds * 1000) / (n * 2)).toFixed(0), 'index HTML KiB (gzip)': kib(indexBytes)});
    if (n === Math.max(...(process.env.BENCH_SCALE ?? '10,100,500').split(',').map(Number)) && !skip.has('search')) {
      const port = PORT + 2;
      const stopLarge = await startServer('node', ['site/serve.mjs'], `http://127.0.0.1:${port}/es`, {env: {...process.env, PORT: String(port), SITE_DIST: distDir}});
      const searchBrowser = await chromium.launch({executablePath: browserPath});
      try {
        const m = await measureSearch(searchBrowser, `http://127.0.0.1:${port}/es/buscar`, ['benchmark', 'synthetic 250', 'visa T']);
        largeSearch = searchRow('/es/buscar', `${n} synthetic articles a language`, m);
      } finally {
        await searchBrowser.close();
        stopLarge();
      }
    }
    fs.rmSync(distDir, {recursive: true, force: true});
    fs.rmSync(dir, {recursive: true, force: true});
  }
  table(rows, Object.keys(rows[0]));
  results.scale = rows;
  if (largeSearch) {
    console.log('\nSearch on the largest set:\n');
    table([largeSearch], Object.keys(largeSearch));
    results.searchLarge = largeSearch;
  }
}

fs.mkdirSync('bench-results', {recursive: true});
fs.writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2));
console.log('\nWrote bench-results/bench.json');
