import {defineConfig, devices} from '@playwright/test';
import chromium from '../scripts/chromium.cjs';

// The staff editor's browser tests (cms/*.spec.ts): `npm run cms` on CMS_PORT (default 3630, away
// from the site's test servers), in Chromium on a computer's screen, the only kind of browser the
// editor's local-folder mode runs in.
// Run: npm run test:cms   (CHROMIUM_PATH=/usr/bin/chromium if Chromium is elsewhere)
const port = Number(process.env.CMS_PORT ?? 3630);

export default defineConfig({
  testDir: '.',
  testMatch: ['*.spec.ts'],
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.PW_REPORTER ? [[process.env.PW_REPORTER]] : [['list']],
  timeout: 90_000,
  outputDir: '../test-results/cms',
  use: {
    ...devices['Desktop Chrome'],
    viewport: {width: 1280, height: 800},
    baseURL: `http://localhost:${port}`,
    locale: 'es-US',
    launchOptions: {
      executablePath: chromium.chromiumPath() ?? undefined,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    }
  },
  webServer: {
    command: 'node cms/server.mjs',
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    env: {PORT: String(port)}
  }
});
