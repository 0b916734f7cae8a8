// npm run bench — performance figures, printed as tables and written to bench-results/bench.json.
// Not part of npm test. Steps (each can be skipped with BENCH_SKIP=weight,lighthouse,exit,load,scale):
//   weight:     the framework floor (a bare Next app, same versions) and every page's first-visit bytes;
//               records bench/budget.json, which the page-weight test holds the site to.
//   lighthouse: Lighthouse (mobile preset) on home, article index, an article and get-help, both languages.
//   exit:       quick-exit latency (scripts/bench-exit.mjs).
//   load:       autocannon against next start for a page and a share image, and the same HTML from a
//               minimal static server, so the ratio shows how close next start is to the limit.
//   scale:      build time and article-index size with 10, 100 and 500 synthetic articles per language.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {chromium} from 'playwright-core';
import autocannon from 'autocannon';
import {benchExit} from './bench-exit.mjs';
import {measureFloor} from './bench/floor.mjs';
import {chromiumPath, howToGetChromium, kib, measurePage, run, sitePaths, startServer, table} from './bench/server.mjs';

const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const PORT = 3230;
const base = `http://localhost:${PORT}`;
const results = {date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`};
const browserPath = chromiumPath();
if (!browserPath) {
  console.error(howToGetChromium);
  process.exit(1);
}
const versions = Object.fromEntries(
  ['next', 'react', 'react-dom', 'next-intl'].map((p) => [p, JSON.parse(fs.readFileSync(`node_modules/${p}/package.json`, 'utf8')).version])
);

console.log('Building the site…');
run('node', ['scripts/ensure-build.mjs']);
let stop = await startServer('npx', ['next', 'start', '-p', String(PORT)], `${base}/es`);
const browser = await chromium.launch({executablePath: browserPath, args: ['--disable-background-networking', '--disable-component-update']});
const paths = await sitePaths(base);
const pick = (locale) => {
  const s = {es: ['articulos', 'ayuda'], en: ['articles', 'get-help']}[locale];
  return [`/${locale}`, `/${locale}/${s[0]}`, paths.find((p) => p.startsWith(`/${locale}/${s[0]}/`)), `/${locale}/${s[1]}`].filter(Boolean);
};
const keyPages = [...pick('es'), ...pick('en')];

try {
  if (!skip.has('weight')) {
    console.log('\n== Page weight (first visit, compressed bytes) ==\n');
    const floor = await measureFloor(browser);
    const rows = [];
    for (const p of paths) {
      const m = await measurePage(browser, `${base}${p}`);
      rows.push({page: p, html: kib(m.html), js: kib(m.js), css: kib(m.css), other: kib(m.img + m.font + m.other), 'total KiB': kib(m.total), 'above floor KiB': kib(m.total - floor.total), bytes: m.total});
    }
    table(rows, ['page', 'html', 'js', 'css', 'other', 'total KiB', 'above floor KiB']);
    const worst = Math.max(...rows.map((r) => r.bytes));
    console.log(`\nFramework floor (bare Next ${versions.next} app): ${kib(floor.total)} KiB (${kib(floor.js)} KiB JS). Heaviest page: ${kib(worst)} KiB, ${kib(worst - floor.total)} KiB above the floor (budget 30, goal 15).`);
    const budget = {
      note: 'Written by npm run bench. The page-weight test (tests/e2e/weight.spec.ts) holds every page to pageBudgetBytes.',
      measuredAt: results.date,
      versions,
      frameworkFloorBytes: floor.total,
      pageBudgetBytes: floor.total + 30 * 1024,
      pageGoalBytes: floor.total + 15 * 1024,
      quickExitScriptBudgetBytes: 2048
    };
    fs.mkdirSync('bench', {recursive: true});
    fs.writeFileSync('bench/budget.json', `${JSON.stringify(budget, null, 2)}\n`);
    results.weight = {floor: {total: floor.total, js: floor.js}, pages: rows.map(({bytes, ...r}) => ({...r, bytes}))};
  }

  if (!skip.has('lighthouse')) {
    console.log('\n== Lighthouse (mobile preset, simulated slow 4G and 4x CPU; median of 3 runs by LCP) ==\n');
    const {default: lighthouse} = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: browserPath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
    });
    const rows = [];
    try {
      const runs = Number(process.env.BENCH_LH_RUNS ?? 3);
      for (const p of keyPages) {
        // Several runs, keeping the median by LCP: simulated throttling still varies with the machine's load.
        const reports = [];
        for (let i = 0; i < runs * 2 && reports.length < runs; i++) {
          const {lhr} = await lighthouse(`${base}${p}`, {port: chrome.port, output: 'json', logLevel: 'error'});
          if (!lhr.runtimeError && lhr.categories.performance.score !== null) reports.push(lhr);
        }
        reports.sort((a, b) => a.audits['largest-contentful-paint'].numericValue - b.audits['largest-contentful-paint'].numericValue);
        const lhr = reports[Math.floor(reports.length / 2)];
        const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
        rows.push({
          page: p,
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best practices': score('best-practices'),
          seo: score('seo'),
          'LCP s': (audit('largest-contentful-paint') / 1000).toFixed(2),
          'TBT ms': Math.round(audit('total-blocking-time')),
          CLS: audit('cumulative-layout-shift').toFixed(3),
          'bytes KiB': kib(audit('total-byte-weight'))
        });
      }
    } finally {
      await chrome.kill();
    }
    table(rows, Object.keys(rows[0]));
    console.log('\nGoals: 100 / 100 / 100 / 100 and LCP under 1.5 s.');
    results.lighthouse = rows;
  }

  if (!skip.has('exit')) {
    console.log('\n== Quick exit ==');
    stop();
    stop = () => {};
    results.exit = (await benchExit({skipBuild: true})).map((row) => ({...row, samples: undefined}));
    stop = await startServer('npx', ['next', 'start', '-p', String(PORT)], `${base}/es`);
  }

  if (!skip.has('load')) {
    console.log('\n== Server throughput (autocannon, 10 connections, 10 s each) ==\n');
    const article = keyPages.find((p) => /\/articulos\//.test(p)) ?? '/es';
    const html = await (await fetch(`${base}${article}`)).text();
    const gzipped = zlib.gzipSync(html);
    const staticServer = http.createServer((req, res) => {
      const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {'content-type': 'text/html; charset=utf-8', ...(gzip ? {'content-encoding': 'gzip'} : {})});
      res.end(gzip ? gzipped : html);
    });
    await new Promise((r) => staticServer.listen(PORT + 1, r));
    const targets = [
      ['next start: article', `${base}${article}`],
      ['next start: share image', `${base}${article}/opengraph-image`],
      ['static server: same HTML', `http://localhost:${PORT + 1}/`]
    ];
    const rows = [];
    for (const [name, url] of targets) {
      const r = await autocannon({url, connections: 10, duration: 10, headers: {'accept-encoding': 'gzip'}});
      rows.push({target: name, 'req/s': Math.round(r.requests.average), 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, errors: r.errors + r.non2xx + r.timeouts});
    }
    staticServer.close();
    table(rows, Object.keys(rows[0]));
    console.log(`\nnext start serves the article at ${((rows[0]['req/s'] / rows[2]['req/s']) * 100).toFixed(0)}% of the static server's rate.`);
    results.load = rows;
  }
} finally {
  stop();
  await browser.close();
}

if (!skip.has('scale')) {
  console.log('\n== Scaling with content (synthetic articles, real content untouched) ==\n');
  const rows = [];
  // next build adds each distDir's types to tsconfig.json; put it back afterwards.
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8');
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
    const distDir = `.bench/next-${n}`;
    const started = Date.now();
    run('npx', ['next', 'build'], {env: {...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: dir, NEXT_DIST_DIR: distDir}, stdio: 'ignore'});
    const seconds = (Date.now() - started) / 1000;
    const indexFile = path.join(distDir, 'server/app/es/articulos.html');
    const indexBytes = fs.existsSync(indexFile) ? zlib.gzipSync(fs.readFileSync(indexFile)).length : NaN;
    rows.push({'articles per language': n, 'build s': seconds.toFixed(1), 'ms per article': ((seconds * 1000) / (n * 2)).toFixed(0), 'index HTML KiB (gzip)': kib(indexBytes)});
    fs.rmSync(distDir, {recursive: true, force: true});
    fs.rmSync(dir, {recursive: true, force: true});
  }
  fs.writeFileSync('tsconfig.json', tsconfig);
  table(rows, Object.keys(rows[0]));
  results.scale = rows;
}

fs.mkdirSync('bench-results', {recursive: true});
fs.writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2));
console.log('\nWrote bench-results/bench.json');
