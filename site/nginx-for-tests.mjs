// Serves the built site with Debian's nginx and the generated server block (dist/nginx.conf),
// in the foreground on PORT, for the server tests (site/server.spec.ts). Nothing is installed:
// nginx runs from a temporary folder with its own logs and pid file.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const nginxPath = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!nginxPath) throw new Error('nginx is not installed (Debian: apt-get install nginx)');
  const port = Number(process.env.PORT ?? 3101);
  const dist = path.resolve(process.env.SITE_DIST ?? 'dist');
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'site-nginx-'));
  const site = fs.readFileSync(path.join(dist, 'nginx.conf'), 'utf8').replace(/^(\s*)listen \S+;/m, `$1listen 127.0.0.1:${port};`);
  fs.writeFileSync(path.join(prefix, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`).join('\n');
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
${temp}
  include ${prefix}/site.conf;
}
`
  );
  const nginx = spawn(nginxPath, ['-c', path.join(prefix, 'nginx.conf'), '-p', prefix], {stdio: 'inherit'});
  const stop = () => nginx.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  nginx.on('exit', (code) => {
    fs.rmSync(prefix, {recursive: true, force: true});
    process.exit(code ?? 0);
  });
}
