// npm test: content check, lint, unit tests (Vitest), the build-and-start tests, a production
// build (npm run build: the static site in dist/), then the browser and server tests (Playwright in
// Chromium, against the site as npm start serves it, and nginx when installed), and the staff
// editor's browser tests (cms/).
// Ends with one line: "N passed, N failed".
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import chromium from './chromium.cjs';

const {chromiumPath, howToGetChromium} = chromium;

// The production build is a deployment-style build: it needs a public address (site/site-url.mjs),
// and the browser tests check that nothing it wrote says "localhost". The tests read the same value.
const env = {SITE_URL: 'https://salida-segura.example', ...process.env, NEXT_TELEMETRY_DISABLED: '1'};
const run = (cmd, args, extraEnv = {}) => spawnSync(cmd, args, {stdio: 'inherit', env: {...env, ...extraEnv}}).status ?? 1;
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'site-tests-'));
let passed = 0;
let failed = 0;
let skipped = 0;

/**
 * A runner that exits non-zero with no failed test in its report (a suite that cannot load, a
 * server that cannot start) still counts as one failure: the closing line never says "0 failed"
 * for a run that failed.
 */
const unexplainedFailure = (status, failedTests) => (status !== 0 && failedTests === 0 ? 1 : 0);
const readReport = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined);

const browser = chromiumPath();
if (!browser) {
  console.error(howToGetChromium);
  process.exit(1);
}

console.log('\n== Content check ==');
const contentStatus = run('npx', ['tsx', 'scripts/content-check.ts']);

console.log('\n== Lint (ESLint) ==');
const lintStatus = run('npx', ['eslint', '.']);
// Not test runners: each counts as one failure when it fails.
failed += (contentStatus !== 0) + (lintStatus !== 0);

console.log('\n== Unit tests (Vitest) ==');
const unitJson = path.join(out, 'vitest.json');
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
const unit = readReport(unitJson);
passed += unit?.numPassedTests ?? 0;
const unitFailed = unit?.numFailedTests ?? 0;
failed += unitFailed + unexplainedFailure(unitStatus, unitFailed);

console.log('\n== Build and start tests (npm start on a small copy of the content: stale builds, failed builds) ==');
const startJson = path.join(out, 'vitest-start.json');
const startStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${startJson}`], {
  SITE_BUILD_TESTS: '1'
});
const startReport = readReport(startJson);
passed += startReport?.numPassedTests ?? 0;
const startFailed = startReport?.numFailedTests ?? 0;
failed += startFailed + unexplainedFailure(startStatus, startFailed);

let e2eStatus = 1;
console.log('\n== Production build (npm run build) ==');
const buildStatus = run('node', ['site/build.mjs']);
if (buildStatus === 0) {
  console.log(`\n== Browser and server tests (Playwright, ${browser}) ==`);
  const e2eJson = path.join(out, 'playwright.json');
  e2eStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    CHROMIUM_PATH: browser,
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson
  });
  const e2e = readReport(e2eJson);
  passed += e2e ? e2e.stats.expected + e2e.stats.flaky : 0;
  skipped += e2e?.stats.skipped ?? 0;
  const e2eFailed = e2e ? e2e.stats.unexpected + (e2e.stats.interrupted ?? 0) : 0;
  failed += e2eFailed + unexplainedFailure(e2eStatus, e2eFailed);
} else {
  failed += 1;
}

// The staff editor (cms/): its own server and browser, so it runs whether or not the site built.
console.log(`\n== Staff editor tests (Playwright, npm run cms) ==`);
const cmsJson = path.join(out, 'playwright-cms.json');
const cmsStatus = run('npx', ['playwright', 'test', '--config', 'cms/playwright.config.ts', '--reporter=list,json'], {
  CHROMIUM_PATH: browser,
  PLAYWRIGHT_JSON_OUTPUT_NAME: cmsJson
});
const cms = readReport(cmsJson);
passed += cms ? cms.stats.expected + cms.stats.flaky : 0;
skipped += cms?.stats.skipped ?? 0;
const cmsFailed = cms ? cms.stats.unexpected + (cms.stats.interrupted ?? 0) : 0;
failed += cmsFailed + unexplainedFailure(cmsStatus, cmsFailed);

const problems = [
  contentStatus && 'content check',
  lintStatus && 'lint',
  unitStatus && 'unit tests',
  startStatus && 'build and start tests',
  buildStatus && 'build',
  e2eStatus && 'browser tests',
  cmsStatus && 'staff editor tests'
].filter(Boolean);
console.log(problems.length ? `\nFailed: ${problems.join(', ')}` : '\nEverything passed.');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(problems.length ? 1 : 0);
