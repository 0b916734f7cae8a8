// Serves the built site with Debian's Caddy and the generated Caddyfile (dist/Caddyfile), in the
// foreground on PORT, for the server tests (site/server.spec.ts, site/hostile.spec.ts). Nothing is
// installed: Caddy runs with its admin endpoint off and its data in a temporary folder.
import fs from 'node:fs';
import path from 'node:path';
import {runEngine, temporaryHome} from './engine-for-tests.mjs';

export const caddyPath = ['/usr/bin/caddy', '/usr/local/bin/caddy'].find((p) => fs.existsSync(p));

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!caddyPath) throw new Error('Caddy is not installed (Debian: apt-get install caddy)');
  const port = Number(process.env.PORT ?? 3102);
  const dist = path.resolve(process.env.SITE_DIST ?? 'dist');
  const home = temporaryHome('caddy');
  const site = fs.readFileSync(path.join(dist, 'Caddyfile'), 'utf8').replace(/^:80 \{$/m, `http://:${port} {`);
  // Plain HTTP on loopback for the tests; a real deployment keeps Caddy's automatic HTTPS.
  const config = path.join(home.home, 'Caddyfile');
  fs.writeFileSync(config, site.replace(/^\{$/m, '{\n\tadmin off\n\tauto_https off'));
  runEngine(caddyPath, ['run', '--config', config, '--adapter', 'caddyfile'], {home, env: {XDG_DATA_HOME: home.home}});
}
