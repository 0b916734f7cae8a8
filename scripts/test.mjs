// npm test: content check, lint, unit tests (Vitest), a production build, then the
// browser tests (Playwright in Chromium). Ends with one line: "N passed, N failed".
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import chromium from './chromium.cjs';

const {chromiumPath, howToGetChromium} = chromium;

const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1'};
const run = (cmd, args, extraEnv = {}) => spawnSync(cmd, args, {stdio: 'inherit', env: {...env, ...extraEnv}}).status ?? 1;
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'site-tests-'));
let passed = 0;
let failed = 0;

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

let e2eStatus = 1;
console.log('\n== Production build ==');
const buildStatus = run('npx', ['next', 'build']);
if (buildStatus === 0) {
  console.log(`\n== Browser tests (Playwright, ${browser}) ==`);
  const e2eJson = path.join(out, 'playwright.json');
  e2eStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    CHROMIUM_PATH: browser,
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson
  });
  const e2e = readReport(e2eJson);
  passed += e2e ? e2e.stats.expected + e2e.stats.flaky : 0;
  const e2eFailed = e2e ? e2e.stats.unexpected + (e2e.stats.interrupted ?? 0) : 0;
  failed += e2eFailed + unexplainedFailure(e2eStatus, e2eFailed);
} else {
  failed += 1;
}

const problems = [
  contentStatus && 'content check',
  lintStatus && 'lint',
  unitStatus && 'unit tests',
  buildStatus && 'build',
  e2eStatus && 'browser tests'
].filter(Boolean);
console.log(problems.length ? `\nFailed: ${problems.join(', ')}` : '\nEverything passed.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(problems.length ? 1 : 0);
