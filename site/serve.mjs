// Serves the built site (dist/site) with sirv, a maintained static file server: precompressed
// files, ETags, clean URLs. Around it, only what a static host is configured to do: `/` to /es or
// /en by Accept-Language, the bilingual 404 with status 404, GET and HEAD only, 400 for malformed
// addresses, and the headers of site/headers.mjs on every response. No Next server, no native module.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Negotiator from 'negotiator';
import sirv from 'sirv';
import {fileHeaders, hiddenPaths, searchBundleDir, securityHeaders} from './headers.mjs';
import languages from '../i18n/locales.cjs';

const {defaultLocale, locales} = languages;

/** The language for `/`: the browser's preferred one among ours, else the default. No cookie. */
export function languageFor(acceptLanguage) {
  const [best] = new Negotiator({headers: {'accept-language': acceptLanguage ?? ''}}).languages([...locales]);
  return best ?? defaultLocale;
}

/** @param {string} dir the build folder (dist), holding site/ and headers.json */
export function createSiteHandler(dir) {
  const root = path.join(dir, 'site');
  const {csp, searchCsp, searchPages} = JSON.parse(fs.readFileSync(path.join(dir, 'headers.json'), 'utf8'));
  const always = {'Content-Security-Policy': csp, ...securityHeaders};
  const search = new Set(searchPages.flatMap((p) => [p, `${p}.html`]));
  const notFound = {
    plain: fs.readFileSync(path.join(root, '404.html')),
    br: fs.readFileSync(path.join(root, '404.html.br')),
    gzip: fs.readFileSync(path.join(root, '404.html.gz'))
  };
  // Files whose name has no extension (share images, the tab icon), so a clean page address is not taken for one.
  const withoutExtension = new Set(
    fs.readdirSync(root, {recursive: true, withFileTypes: true})
      .filter((d) => d.isFile() && !path.extname(d.name))
      .map((d) => `/${path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/')}`)
  );
  const files = sirv(root, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      const file = pathname === '/' || path.extname(pathname) || withoutExtension.has(pathname) ? pathname : `${pathname}.html`;
      for (const [name, value] of Object.entries(fileHeaders(file))) res.setHeader(name, value);
    }
  });

  const sendNotFound = (req, res) => {
    const accepts = req.headers['accept-encoding'] ?? '';
    const [encoding, body] = /\bbr\b/.test(accepts) ? ['br', notFound.br] : /\bgzip\b/.test(accepts) ? ['gzip', notFound.gzip] : [undefined, notFound.plain];
    res.writeHead(404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
      ...fileHeaders('/404.html'),
      ...(encoding ? {'Content-Encoding': encoding} : {})
    });
    res.end(body);
  };

  const plain = (res, status, headers = {}) => {
    res.writeHead(status, {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers});
    res.end(`${http.STATUS_CODES[status]}\n`);
  };

  return (req, res) => {
    for (const [name, value] of Object.entries(always)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, {Allow: 'GET, HEAD'});

    const [pathname, query] = (req.url ?? '').split(/\?(.*)/s, 2);
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return plain(res, 400);
    }
    if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return plain(res, 400);

    // Before sirv answers, even with 304: a revalidated search page must keep its own CSP.
    if (search.has(decoded) || decoded.startsWith(searchBundleDir)) res.setHeader('Content-Security-Policy', searchCsp);
    if (decoded === '/') {
      return void res
        .writeHead(302, {Location: `/${languageFor(req.headers['accept-language'])}`, Vary: 'Accept-Language', 'Cache-Control': 'no-cache'})
        .end();
    }
    if (pathname.endsWith('/')) {
      const location = `${pathname.replace(/\/+$/, '') || '/'}${query ? `?${query}` : ''}`;
      return void res.writeHead(308, {Location: location, 'Cache-Control': 'no-cache'}).end();
    }
    // Dot files, the hosts' _headers file, and the 404 page itself (only ever sent with status 404).
    if (hiddenPaths.includes(decoded) || /\/\./.test(decoded) || /^\/404(\.html)?$/.test(decoded)) return sendNotFound(req, res);
    files(req, res, () => sendNotFound(req, res));
  };
}

/** @param {{dir: string, port?: number, host?: string}} options */
export function startServer({dir, port = 3000, host}) {
  const server = http.createServer(createSiteHandler(dir));
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.env.SITE_DIST ?? 'dist');
  const port = Number(process.env.PORT ?? 3000);
  const server = await startServer({dir, port, host: process.env.HOST});
  console.log(`Serving ${path.relative('.', dir) || dir}/site at http://${process.env.HOST ?? 'localhost'}:${port}`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
