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

const browser = chromiumPath();
if (!browser) {
  console.error(howToGetChromium);
  process.exit(1);
}

console.log('\n== Content check ==');
const contentStatus = run('npx', ['tsx', 'scripts/content-check.ts']);

console.log('\n== Lint (ESLint) ==');
const lintStatus = run('npx', ['eslint', '.']);

console.log('\n== Unit tests (Vitest) ==');
const unitJson = path.join(out, 'vitest.json');
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
if (fs.existsSync(unitJson)) {
  const r = JSON.parse(fs.readFileSync(unitJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
} else if (unitStatus !== 0) failed += 1;

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
  if (fs.existsSync(e2eJson)) {
    const r = JSON.parse(fs.readFileSync(e2eJson, 'utf8'));
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
  } else if (e2eStatus !== 0) failed += 1;
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
