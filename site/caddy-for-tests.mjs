// Serves the built site with Debian's Caddy and the generated Caddyfile (dist/Caddyfile), in the
// foreground on PORT, for the server tests (site/server.spec.ts, site/hostile.spec.ts). Nothing is
// installed: Caddy runs with its admin endpoint off and its data in a temporary folder.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const caddyPath = ['/usr/bin/caddy', '/usr/local/bin/caddy'].find((p) => fs.existsSync(p));

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!caddyPath) throw new Error('Caddy is not installed (Debian: apt-get install caddy)');
  const port = Number(process.env.PORT ?? 3102);
  const dist = path.resolve(process.env.SITE_DIST ?? 'dist');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'site-caddy-'));
  const site = fs.readFileSync(path.join(dist, 'Caddyfile'), 'utf8').replace(/^:80 \{$/m, `http://:${port} {`);
  // Plain HTTP on loopback for the tests; a real deployment keeps Caddy's automatic HTTPS.
  fs.writeFileSync(path.join(home, 'Caddyfile'), site.replace(/^\{$/m, '{\n\tadmin off\n\tauto_https off'));
  const caddy = spawn(caddyPath, ['run', '--config', path.join(home, 'Caddyfile'), '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home}
  });
  const stop = () => caddy.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  caddy.on('exit', (code) => {
    fs.rmSync(home, {recursive: true, force: true});
    process.exit(code ?? 0);
  });
}
