import {defineConfig, devices} from '@playwright/test';
import chromium from './scripts/chromium.cjs';

const port = Number(process.env.PORT ?? 3100);

/**
 * Browser tests against the production server (`next start`), in Debian's
 * Chromium (or one Playwright installed): see scripts/chromium.mjs.
 * `npm test` builds first; `npm run test:e2e` expects a build.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['tests/e2e/**/*.spec.ts', 'components/**/*.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.PW_REPORTER ? [[process.env.PW_REPORTER]] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'es-US',
    launchOptions: {
      executablePath: chromium.chromiumPath() ?? undefined,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
    }
  },
  projects: [
    {name: 'phone', use: {...devices['Pixel 7'], browserName: 'chromium', deviceScaleFactor: 1}},
    {name: 'desktop', use: {...devices['Desktop Chrome'], viewport: {width: 1280, height: 800}}}
  ],
  webServer: {
    command: `npx next start -p ${port}`,
    url: `http://localhost:${port}/es`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: {NEXT_TELEMETRY_DISABLED: '1'}
  }
});
