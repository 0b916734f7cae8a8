import fs from 'node:fs';
import {defineConfig, devices} from '@playwright/test';
import chromium from './scripts/chromium.cjs';

const port = Number(process.env.PORT ?? 3100);
// Each host's own engine, when installed, serves the same build on the ports after PORT, for the
// server tests (site/test-targets.ts): Debian's nginx and Caddy, Cloudflare's workerd and Netlify's
// local request chain, with the generated configs.
const engines = [
  {env: 'NGINX_ORIGIN', port: port + 1, script: 'site/nginx-for-tests.mjs', installed: ['/usr/sbin/nginx', '/usr/bin/nginx']},
  {env: 'CADDY_ORIGIN', port: port + 2, script: 'site/caddy-for-tests.mjs', installed: ['/usr/bin/caddy', '/usr/local/bin/caddy']},
  // Cloudflare Pages' engine (workerd) through wrangler, from .tools/ (npm run hosts:install).
  {env: 'CLOUDFLARE_ORIGIN', port: port + 3, script: 'site/cloudflare-for-tests.mjs', installed: ['.tools/node_modules/.bin/wrangler']},
  // Netlify's local request chain (@netlify/dev), from .tools/ too.
  {env: 'NETLIFY_ORIGIN', port: port + 4, script: 'site/netlify-for-tests.mjs', installed: ['.tools/node_modules/@netlify/dev/package.json']}
].filter((engine) => engine.installed.some((p) => fs.existsSync(p)));

// The server tests read these in the workers.
process.env.SITE_ORIGIN = `http://127.0.0.1:${port}`;
for (const engine of engines) process.env[engine.env] = `http://127.0.0.1:${engine.port}`;

/**
 * Browser tests against the built site as `npm start` serves it (site/serve.mjs; no Next server),
 * in Debian's Chromium (or one Playwright installed): see scripts/chromium.cjs. The server tests
 * also run against nginx with the generated server block, when nginx is installed.
 * `npm test` builds first; `npm run test:e2e` expects a build (npm run build).
 */
export default defineConfig({
  testDir: '.',
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
    {
      name: 'phone',
      testMatch: ['tests/e2e/**/*.spec.ts', 'components/**/*.spec.ts'],
      testIgnore: ['components/preview/**'],
      use: {...devices['Pixel 7'], browserName: 'chromium', deviceScaleFactor: 1}
    },
    {
      name: 'desktop',
      testMatch: ['tests/e2e/**/*.spec.ts', 'components/**/*.spec.ts'],
      testIgnore: ['components/preview/**'],
      use: {...devices['Desktop Chrome'], viewport: {width: 1280, height: 800}}
    },
    {name: 'server', testMatch: ['site/**/*.spec.ts']},
    // The staff preview: starts its own `next dev` on a copy of the content (components/preview).
    {name: 'preview', testMatch: ['components/preview/**/*.spec.ts'], use: {...devices['Desktop Chrome']}}
  ],
  webServer: [
    {
      command: 'node site/serve.mjs',
      url: `http://127.0.0.1:${port}/es`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      env: {PORT: String(port)}
    },
    ...engines.map((engine) => ({
      command: `node ${engine.script}`,
      url: `http://127.0.0.1:${engine.port}/es`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {PORT: String(engine.port)}
    }))
  ]
});
