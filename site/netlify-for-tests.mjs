// Serves the built site's Netlify folder (dist/netlify) through Netlify's own local request chain
// (@netlify/dev: the same packages as `netlify dev`, which read _headers and _redirects as Netlify
// does), in the foreground on PORT, for the server tests. Only static files, headers and redirects
// are on; nothing goes to the network. `npm run hosts:install` puts @netlify/dev in .tools/ (pinned).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {temporaryHome} from './engine-for-tests.mjs';

const netlifyDev = path.resolve('.tools/node_modules/@netlify/dev');
export const netlifyDevPath = path.join(netlifyDev, 'package.json');

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!fs.existsSync(netlifyDevPath)) throw new Error('@netlify/dev is not installed: npm run hosts:install');
  const port = Number(process.env.PORT ?? 3104);
  const published = fs.realpathSync(path.resolve(process.env.SITE_DIST ?? 'dist', 'netlify'));
  // A project folder of its own, so nothing Netlify writes (.netlify/) lands in the repository.
  const home = temporaryHome('netlify');
  const project = home.home;
  fs.symlinkSync(published, path.join(project, 'publish'));
  fs.writeFileSync(path.join(project, 'netlify.toml'), '[build]\npublish = "publish"\n');
  const {NetlifyDev} = await import(path.join(netlifyDev, 'dist/main.js'));
  const off = {enabled: false};
  const dev = new NetlifyDev({
    projectRoot: project,
    skipGitignore: true,
    ...Object.fromEntries(['aiGateway', 'blobs', 'database', 'edgeFunctions', 'environmentVariables', 'functions', 'geolocation', 'images', 'server'].map((f) => [f, off])),
    headers: {enabled: true},
    redirects: {enabled: true},
    staticFiles: {enabled: true}
  });
  await dev.start();
  const server = http.createServer(async (req, res) => {
    try {
      let {response} = (await dev.handleAndIntrospectNodeRequest(req)) ?? {};
      let status = response?.status;
      // An address with no file and no rule: Netlify's edge sends /404.html with status 404
      // (https://docs.netlify.com/routing/redirects/redirect-options/#custom-404-page-handling);
      // the local chain leaves that to its caller.
      if (!response) {
        response = (await dev.handleAndIntrospectNodeRequest(Object.assign(req, {url: '/404.html'})))?.response;
        status = 404;
      }
      if (!response) throw new Error(`no answer for ${req.url}`);
      res.writeHead(status, Object.fromEntries(response.headers));
      res.end(req.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      console.error(error);
      res.writeHead(500).end();
    }
  });
  server.listen(port, '127.0.0.1');
  const stop = () => {
    server.close();
    home.remove();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
