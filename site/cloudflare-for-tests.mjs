// Serves the built site with Cloudflare's own engine (workerd, through `wrangler pages dev`), with the
// generated _headers, _worker.js and _routes.json, in the foreground on PORT, for the server tests.
// Wrangler is not a dependency of the site: `npm run hosts:install` puts it in .tools/ (pinned).
import fs from 'node:fs';
import path from 'node:path';
import {runEngine, temporaryHome} from './engine-for-tests.mjs';

export const wranglerPath = path.resolve('.tools/node_modules/.bin/wrangler');

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!fs.existsSync(wranglerPath)) throw new Error('wrangler is not installed: npm run hosts:install');
  const port = Number(process.env.PORT ?? 3103);
  const site = fs.realpathSync(path.resolve(process.env.SITE_DIST ?? 'dist', 'site'));
  const home = temporaryHome('wrangler');
  // The newest date this workerd knows; Wrangler would otherwise ask for today's, which it may not.
  const args = ['pages', 'dev', site, '--port', String(port), '--ip', '127.0.0.1', '--compatibility-date', '2026-05-01'];
  runEngine(wranglerPath, args, {home, cwd: home.home, env: {WRANGLER_SEND_METRICS: 'false', CI: '1'}});
}
