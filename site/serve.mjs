// Serves the built site (dist/site) with sirv, a maintained static file server: precompressed
// files, ETags, clean URLs. Around it, only what a static host is configured to do: `/` to /es or
// /en by Accept-Language, the bilingual 404 with status 404, GET and HEAD only, 400 for malformed
// addresses, and the headers of site/headers.mjs on every response, Node's own error answers
// included. No Next server, no native module.
//
// A build is served whole: a handler reads one build folder (dist/builds/<id>, named by the link
// dist/current, see site/build.mjs), and each request is answered by the build the link names when
// the request arrives; when the link moves, the server makes a handler for the new folder, its
// files, sizes and CSP together. A build folder never changes once it is pointed to.
import cluster from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Negotiator from 'negotiator';
import sirv from 'sirv';
import {fileHeaders, hiddenPaths, searchBundleDir, securityHeaders} from './headers.mjs';
import languages from '../i18n/locales.cjs';

const {defaultLocale, locales} = languages;

/** The limits of a request (stated in site/README.md). */
export const limits = {
  /** Request line and headers together; more gets 431. Node's default, stated here. */
  maxHeaderSize: 16 * 1024,
  /** The whole head of a request must arrive within this; a slow client gets 408. */
  headersTimeout: 10_000,
  /** The whole request (no method here has a body); never below headersTimeout. */
  requestTimeout: 15_000,
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeout: 5_000,
  /** A connection with no traffic at all (a client that stops reading) is closed after this. */
  socketTimeout: 30_000,
  /** How often Node checks the two timeouts above it (its default, 30 s, would let them overrun). */
  connectionsCheckingInterval: 1_000
};

/**
 * At most half the open files this process may have: each connection holds one, and the file it is
 * sent another. Past it, new connections are closed at once instead of every visitor failing
 * once no file can be opened.
 */
export function maxConnections() {
  try {
    const soft = /^Max open files\s+(\d+)/m.exec(fs.readFileSync('/proc/self/limits', 'utf8'))?.[1];
    if (soft) return Math.max(64, Math.floor(Number(soft) / 2));
  } catch {
    // Not Linux: the usual default limit of 1,024 files.
  }
  return 512;
}

/** The language for `/`: the browser's preferred one among ours, else the default. No cookie. */
export function languageFor(acceptLanguage) {
  const [best] = new Negotiator({headers: {'accept-language': acceptLanguage ?? ''}}).languages([...locales]);
  return best ?? defaultLocale;
}

/**
 * The content codings the client accepts among ours, best first, honouring q-values
 * (`br;q=0` refuses brotli). Empty when it refuses even the plain file (`identity;q=0`).
 */
export function acceptedEncodings(acceptEncoding) {
  return new Negotiator({headers: {'accept-encoding': acceptEncoding ?? ''}}).encodings(['br', 'gzip', 'identity'], {
    preferred: ['br', 'gzip', 'identity']
  });
}

/**
 * An address made safe to put in Location: one leading slash (never `//host` or `/\host`, which
 * browsers read as another site), no empty segments, no trailing slash, every segment re-encoded so
 * no control character or unescaped byte reaches the header.
 * @param {string} decoded the decoded path, already free of control characters and backslashes
 */
export function sameSitePath(decoded) {
  return `/${decoded.split('/').filter(Boolean).map(encodeURIComponent).join('/')}`;
}

/** A query kept on a redirect: anything outside the characters a URL may hold as they are is percent-encoded. */
export function safeQuery(query) {
  return query.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/g, (c) =>
    [...Buffer.from(c, c.charCodeAt(0) < 256 ? 'latin1' : 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
  );
}

// Control characters (CR, LF, tab, NUL…) and backslashes have no place in an address of this site.
const FORBIDDEN_IN_PATH = /[\x00-\x1f\x7f\\]/;

/**
 * The request handler for one build folder (holding site/ and headers.json). Reads everything it
 * needs when made, so the build it serves is fixed for its life.
 * @param {string} dir the build folder
 */
export function createSiteHandler(dir) {
  const root = path.join(dir, 'site');
  const {csp, searchCsp, searchPages} = JSON.parse(fs.readFileSync(path.join(dir, 'headers.json'), 'utf8'));
  const always = {'Content-Security-Policy': csp, ...securityHeaders};
  const search = new Set(searchPages.flatMap((p) => [p, `${p}.html`]));
  const notFound = {
    identity: fs.readFileSync(path.join(root, '404.html')),
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
    const [encoding = 'identity'] = acceptedEncodings(req.headers['accept-encoding']);
    const body = notFound[encoding];
    res.writeHead(404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
      ...fileHeaders('/404.html'),
      ...(encoding === 'identity' ? {} : {'Content-Encoding': encoding})
    });
    res.end(body);
  };

  const plain = (res, status, headers = {}) => {
    res.writeHead(status, {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers});
    res.end(`${http.STATUS_CODES[status]}\n`);
  };

  const handle = (req, res) => {
    for (const [name, value] of Object.entries(always)) res.setHeader(name, value);
    // Ranges are not served: every file of this site is small (pages 8–16 KiB compressed), a range
    // of a compressed copy is a trap for caches, and sirv's own Range code crashes on some headers
    // (`bytes=5-2`). The whole file with 200 is a valid answer to any Range (RFC 9110, 14.2).
    res.setHeader('Accept-Ranges', 'none');
    delete req.headers.range;
    delete req.headers['if-range'];
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, {Allow: 'GET, HEAD'});

    const url = req.url ?? '';
    // Only paths: no `*`, no absolute-form `http://host/…` (that is for proxies).
    if (!url.startsWith('/')) return plain(res, 400);
    const [pathname, query] = url.split(/\?(.*)/s, 2);
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return plain(res, 400);
    }
    if (FORBIDDEN_IN_PATH.test(decoded)) return plain(res, 400);

    // Before sirv answers, even with 304: a revalidated search page must keep its own CSP.
    if (search.has(decoded) || decoded.startsWith(searchBundleDir)) res.setHeader('Content-Security-Policy', searchCsp);
    if (decoded === '/') {
      return void res
        .writeHead(302, {Location: `/${languageFor(req.headers['accept-language'])}`, Vary: 'Accept-Language', 'Cache-Control': 'no-cache'})
        .end();
    }
    if (pathname.endsWith('/')) {
      const location = `${sameSitePath(decoded)}${query ? `?${safeQuery(query)}` : ''}`;
      return void res.writeHead(308, {Location: location, 'Cache-Control': 'no-cache'}).end();
    }
    // Dot files, the hosts' _headers file, and the 404 page itself (only ever sent with status 404).
    if (hiddenPaths.includes(decoded) || /\/\./.test(decoded) || /^\/404(\.html)?$/.test(decoded)) return sendNotFound(req, res);

    // sirv picks brotli or gzip by a substring of Accept-Encoding; it is given the client's choice
    // instead, negotiated with q-values (brotli first when both are as welcome, as sirv does).
    const accepted = acceptedEncodings(req.headers['accept-encoding']).filter((e) => e !== 'identity');
    req.headers['accept-encoding'] = accepted[0] === 'br' ? accepted.join(', ') : (accepted[0] ?? 'identity');
    // sirv pipes the file without listening for errors: a file gone from disk (a build deleted by
    // hand) would throw out of the process. The headers are sent by then: the connection is closed,
    // so the client sees a short answer at once rather than waiting for bytes that will not come.
    res.once('pipe', (file) =>
      file.once('error', (error) => {
        console.error(`Error sending ${JSON.stringify(req.url)}: ${error.message}`);
        res.destroy();
      })
    );
    files(req, res, () => sendNotFound(req, res));
  };

  const handler = (req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // A fault of this code, never of the request: answered, logged, and the server goes on.
      console.error(`Error answering ${JSON.stringify(req.url)}:`, error);
      if (res.headersSent) res.destroy();
      else plain(res, 500);
    }
  };
  return Object.assign(handler, {csp, dir});
}

/** Whether the process `pid` is still running. */
export function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The build dist/current names (its id, the folder's name in dist/builds/), or undefined without one. */
export function currentBuild(dist) {
  try {
    return path.basename(fs.readlinkSync(path.join(dist, 'current')));
  } catch {
    return undefined;
  }
}

/** The builds that running servers are sending (dist/serving/<pid>-<n> holds a build id): a build must keep them. */
export function heldBuilds(dist) {
  const folder = path.join(dist, 'serving');
  const names = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
  return names.flatMap((name) => {
    const pid = Number(/^(\d+)-\d+$/.exec(name)?.[1]);
    if (!pid) return [];
    // The note of a server that was killed (it had no time to remove it): removed here.
    if (!alive(pid)) {
      fs.rmSync(path.join(folder, name), {force: true});
      return [];
    }
    try {
      return [fs.readFileSync(path.join(folder, name), 'utf8').trim()];
    } catch {
      return []; // Removed this instant: its server stopped.
    }
  });
}

let servers = 0;

/**
 * Notes in dist/serving/ which build this server sends, so that a build cleaning up old ones
 * leaves it; the note goes when the server closes or the process ends.
 */
function holdNote(dist) {
  const file = path.join(dist, 'serving', `${process.pid}-${servers++}`);
  const remove = () => fs.rmSync(file, {force: true});
  process.once('exit', remove);
  return {
    hold(id) {
      try {
        fs.mkdirSync(path.dirname(file), {recursive: true});
        fs.writeFileSync(`${file}.tmp`, `${id}\n`);
        fs.renameSync(`${file}.tmp`, file);
      } catch (error) {
        console.error(`Could not note that build ${id} is being served (${error.message}); a later build may remove it.`);
      }
    },
    release() {
      remove();
      process.removeListener('exit', remove);
    }
  };
}

/** A plain answer written straight to the socket, with the headers, for requests no handler sees. */
function answerOnSocket(socket, status, csp, extra = {}) {
  const body = `${http.STATUS_CODES[status]}\n`;
  const headers = {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    Connection: 'close',
    ...extra,
    'Content-Security-Policy': csp,
    ...securityHeaders
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${head}\r\n${body}`);
}

/**
 * Node answers a request it cannot parse (400), whose head is too large (431) or too slow (408)
 * itself, without our headers: this answer carries them.
 */
function answerClientError(error, socket, csp) {
  if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) return socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  answerOnSocket(socket, status, csp);
}

/**
 * Serves the build dist/current names, and follows it: each request is answered by the build the
 * link names when the request arrives (one readlink(2) per request, a few microseconds), whole. A
 * new build that cannot be read is reported once and the build being served is kept. A folder
 * without dist/current (a build from before build folders, or a bare build folder) is served as it is.
 * @param {{dir: string, port?: number, host?: string, log?: (line: string) => void}} options
 */
export function startServer({dir, port = 3000, host, log = console.log}) {
  const pointer = path.join(dir, 'current');
  const note = holdNote(dir);
  const readPointer = () => {
    try {
      return fs.readlinkSync(pointer);
    } catch {
      return undefined; // No build folders (yet): the folder itself is served.
    }
  };
  const load = (target) => {
    const handler = createSiteHandler(target === undefined ? fs.realpathSync(dir) : path.resolve(dir, target));
    if (target !== undefined) note.hold(path.basename(target));
    return Object.assign(handler, {target});
  };
  let site = load(readPointer());
  let failedTarget;
  const siteNow = () => {
    const target = readPointer();
    if (target === undefined || target === site.target || target === failedTarget) return site;
    try {
      site = load(target);
      log(`Now serving the new build ${path.basename(target)}.`);
    } catch (error) {
      failedTarget = target;
      console.error(`The new build ${target} could not be read (${error.message}); still serving ${site.dir}`);
    }
    return site;
  };

  const server = http.createServer(
    {
      maxHeaderSize: limits.maxHeaderSize,
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      keepAliveTimeout: limits.keepAliveTimeout,
      connectionsCheckingInterval: limits.connectionsCheckingInterval
    },
    (req, res) => siteNow()(req, res)
  );
  server.keepAliveTimeout = limits.keepAliveTimeout;
  server.timeout = limits.socketTimeout;
  server.maxConnections = maxConnections();
  server.on('clientError', (error, socket) => answerClientError(error, socket, site.csp));
  // CONNECT (a proxy's method) never reaches the request handler; Node would drop the connection.
  server.on('connect', (req, socket) => answerOnSocket(socket, 405, site.csp, {Allow: 'GET, HEAD'}));
  server.on('close', () => note.release());

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.env.SITE_DIST ?? 'dist');
  const port = Number(process.env.PORT ?? 3000);
  // A worker of npm start (site/start.mjs) leaves the saying to it.
  const log = cluster.isWorker ? (line) => process.send?.({log: line}) : console.log;
  const server = await startServer({dir, port, host: process.env.HOST, log});
  if (!cluster.isWorker) console.log(`Serving ${path.relative('.', dir) || dir}/site at http://${process.env.HOST ?? 'localhost'}:${port}`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
