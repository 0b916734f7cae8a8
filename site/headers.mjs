// The response headers of the site, in one place. `npm start` (site/serve.mjs), the nginx server
// block and the _headers file for Netlify / Cloudflare Pages are all generated from this module.
import crypto from 'node:crypto';

/** Headers sent with every response, whatever it is (page, image, 404, 405, redirect). */
export const securityHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), ' +
    'midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=(), interest-cohort=()',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Share images alone are sent cross-origin (fileRules), so chat apps' previews can fetch them.
  'Cross-Origin-Resource-Policy': 'same-origin'
};

/** 'sha256-…' source expression for an inline script or style, as the browser computes it. */
export function cspHash(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy: nothing from other origins, and inline scripts and styles only by the
 * hashes of the ones the built pages hold (no 'unsafe-inline', no 'unsafe-eval').
 * The search page alone may also load scripts from this site (Pagefind's module and worker; the site
 * serves no other script files), compile its WebAssembly and fetch the index files from this site.
 * @param {{scripts: string[], styles: string[]}} inline the text of every inline script and style
 * @param {{search?: boolean}} [page]
 */
export function contentSecurityPolicy({scripts, styles}, {search = false} = {}) {
  const hashes = (texts) => [...new Set(texts.map(cspHash))].sort().join(' ') || "'none'";
  return [
    "default-src 'none'",
    `script-src ${search ? "'self' " : ''}${hashes(scripts)}${search ? " 'wasm-unsafe-eval'" : ''}`,
    `style-src ${hashes(styles)}`,
    // Same-origin requests only (tools such as Lighthouse read robots.txt from the page); the site's
    // own scripts make none, except search, which fetches its index.
    "connect-src 'self'",
    ...(search ? ["worker-src 'self'"] : []),
    // The site's own images only (share images, the text's images under /media/): never another site's.
    "img-src 'self' data:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    // The search page's script defines the one policy, allowing only Pagefind's worker.
    `trusted-types ${search ? 'default' : "'none'"}`
  ].join('; ');
}

/** Share images, feeds and the sitemap are revalidated (ETag / Last-Modified) on every use. */
export const defaultCacheControl = 'public, no-cache';

/**
 * Pages are never written to the browser's disk cache: on a shared phone, a cached page (with the
 * time it was fetched) shows what was read, even after the history is cleared. A repeat visit
 * downloads the page again (8–16 KiB compressed) instead of a 304; measured in site/README.md.
 */
export const pageCacheControl = 'no-store';

/**
 * Rules by the path of the file served (/es.html, /es/feed.xml, /404.html), in order: for each header,
 * the first rule that sets it wins, as in an nginx `map` or a chain of Caddy matchers. Patterns are
 * regular expressions that JavaScript, nginx (PCRE) and Caddy (Go's RE2: no lookaround) read the same
 * way; a unit test compiles each with all three rules in mind.
 */
export const fileRules = [
  {pattern: '^/404\\.html$', cacheControl: 'public, max-age=3600'},
  // Every other page.
  {pattern: '\\.html$', cacheControl: pageCacheControl},
  {pattern: '^/_next/static/', cacheControl: 'public, max-age=31536000, immutable'},
  // Images of the text carry a hash of their bytes in their name (site/media.mjs): a new image is a new name.
  {pattern: '^/media/', cacheControl: 'public, max-age=31536000, immutable'},
  {pattern: '^/media/.*\\.jpe?g$', contentType: 'image/jpeg'},
  {pattern: '^/media/.*\\.png$', contentType: 'image/png'},
  {pattern: '^/media/.*\\.webp$', contentType: 'image/webp'},
  // Share images (the discreet one is /es/i/opengraph-image): chat apps fetch them from their own
  // origin, which Cross-Origin-Resource-Policy: same-origin would let some of them refuse.
  {pattern: '/opengraph-image$', contentType: 'image/png', crossOriginResourcePolicy: 'cross-origin'},
  {pattern: '^/icon$', contentType: 'image/png'},
  {pattern: '/feed\\.xml$', contentType: 'application/rss+xml; charset=utf-8'},
  {pattern: '^/sitemap\\.xml$', contentType: 'application/xml; charset=utf-8'},
  // The index chunks a query loads and the result fragments tell what was searched: kept off the disk too.
  {pattern: '^/pagefind/.*\\.(pf_index|pf_fragment)$', contentType: 'application/octet-stream', cacheControl: pageCacheControl},
  {pattern: '^/pagefind/.*\\.(pagefind|pf_[a-z]+)$', contentType: 'application/octet-stream'}
];

/** The headers fileRules can set, by the rule's field. */
export const fileRuleHeaders = {
  cacheControl: 'Cache-Control',
  contentType: 'Content-Type',
  crossOriginResourcePolicy: 'Cross-Origin-Resource-Policy'
};

const compiled = fileRules.map((rule) => ({...rule, re: new RegExp(rule.pattern)}));

/**
 * Cache-Control, Content-Type where a file's name does not tell it, and Cross-Origin-Resource-Policy
 * where it is not the general one, for one served file: the first matching rule for each.
 */
export function fileHeaders(filePath) {
  const headers = {};
  for (const rule of compiled) {
    if (!rule.re.test(filePath)) continue;
    for (const [field, name] of Object.entries(fileRuleHeaders)) {
      if (rule[field] && !(name in headers)) headers[name] = rule[field];
    }
  }
  headers['Cache-Control'] ??= defaultCacheControl;
  return headers;
}

/**
 * The search index and Pagefind's scripts (site/search-index.mjs). Responses from here get the search
 * CSP too: Pagefind's worker runs under the CSP sent with its own script, and fetches the index.
 */
export const searchBundleDir = '/pagefind/';

/** Paths that exist in the folder but are never served. */
export const hiddenPaths = ['/_headers', '/_routes.json', '/_worker.js'];
