// Serves the built site with Cloudflare's own engine (workerd, through `wrangler pages dev`), with the
// generated _headers, _worker.js and _routes.json, in the foreground on PORT, for the server tests.
// Wrangler is not a dependency of the site: `npm run hosts:install` puts it in .tools/ (pinned).
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const wranglerPath = path.resolve('.tools/node_modules/.bin/wrangler');

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!fs.existsSync(wranglerPath)) throw new Error('wrangler is not installed: npm run hosts:install');
  const port = Number(process.env.PORT ?? 3103);
  const site = fs.realpathSync(path.resolve(process.env.SITE_DIST ?? 'dist', 'site'));
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'site-wrangler-'));
  // The newest date this workerd knows; Wrangler would otherwise ask for today's, which it may not.
  const args = ['pages', 'dev', site, '--port', String(port), '--ip', '127.0.0.1', '--compatibility-date', '2026-05-01'];
  const wrangler = spawn(wranglerPath, args, {
    cwd: home,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, HOME: home, XDG_CONFIG_HOME: home, WRANGLER_SEND_METRICS: 'false', CI: '1'}
  });
  const stop = () => wrangler.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  wrangler.on('exit', (code) => {
    fs.rmSync(home, {recursive: true, force: true});
    process.exit(code ?? 0);
  });
}
