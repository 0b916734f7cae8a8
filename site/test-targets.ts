/**
 * The servers the server tests run against: `npm start` and each host's own engine, started by
 * playwright.config.ts on ports next to PORT when the engine is installed. `base` is unset (and the
 * tests for that engine are skipped with `missing`) when it is not.
 */
export type Target = {
  name: string;
  base: string | undefined;
  missing: string;
  /** Engines that answer a single valid Range with 206 (npm start ignores Range and sends 200). */
  ranges: boolean;
  /** Engines with brotli (Debian's nginx has no brotli module and sends gzip). */
  brotli: boolean;
  /** Engines that answer a client too slow to send its headers with 408 (others just close). */
  slowClient408: boolean;
  /**
   * Engines that answer a request they cannot parse (a bare CR, a header line without a colon, an
   * overlong head) with their own fixed plain text, before any configuration runs: Go's net/http
   * under Caddy. Nothing of the request is in it, but it carries none of the site's headers.
   */
  bareProtocolErrors: boolean;
  /**
   * Set, with the reason, for an engine run through a local development server whose own HTTP
   * front is not the host's: the tests of malformed requests, overlong heads and slow clients are
   * skipped there, since in production the host's edge answers them, not the configuration.
   */
  localOnly?: string;
  /**
   * Set, with the reason, for a host whose local request chain reads the configuration as the host
   * does but leaves to the host's edge what no configuration file there controls: validators and
   * 304, compression, other methods, trailing slashes, malformed addresses, the headers of redirects.
   */
  edgeOnly?: string;
};

export const targets: Target[] = [
  {name: 'npm start', base: process.env.SITE_ORIGIN, missing: '', ranges: false, brotli: true, slowClient408: true, bareProtocolErrors: false},
  {
    name: 'nginx',
    base: process.env.NGINX_ORIGIN,
    missing: 'nginx is not installed here (Debian: apt-get install nginx); .ci/run installs it',
    ranges: true,
    brotli: false,
    slowClient408: false,
    bareProtocolErrors: false
  },
  {
    name: 'Caddy',
    base: process.env.CADDY_ORIGIN,
    missing: 'Caddy is not installed here (Debian: apt-get install caddy); .ci/run installs it',
    ranges: true,
    brotli: true,
    slowClient408: false,
    bareProtocolErrors: true
  },
  {
    name: 'Cloudflare Pages (workerd)',
    base: process.env.CLOUDFLARE_ORIGIN,
    missing: "Cloudflare's engine is not installed here: npm run hosts:install (.ci/run does)",
    ranges: true,
    brotli: true,
    slowClient408: false,
    bareProtocolErrors: true,
    localOnly:
      "wrangler's local HTTP front (Node) is not Cloudflare's edge, which answers malformed requests, overlong heads and slow clients in production"
  },
  {
    name: 'Netlify (@netlify/dev)',
    base: process.env.NETLIFY_ORIGIN,
    missing: "Netlify's local request chain is not installed here: npm run hosts:install (.ci/run does)",
    ranges: false,
    brotli: false,
    slowClient408: false,
    bareProtocolErrors: false,
    localOnly:
      "Netlify's request chain runs here behind a plain Node server (site/netlify-for-tests.mjs), not Netlify's edge, which answers malformed requests, overlong heads, slow clients and other methods in production",
    edgeOnly:
      "Netlify's local chain (@netlify/dev) applies _headers and _redirects as Netlify does, but sends no validators, no compression and redirects without the site's headers, serves any method and a trailing slash as is, and fails on malformed escapes: in production Netlify's edge does these, not the files we write"
  }
];

/** A plain-text 4xx/5xx an engine writes itself, before any configuration sees the request. */
export const bareProtocolError = (target: Target, status: number, contentType: string | undefined) =>
  target.bareProtocolErrors && [400, 414, 431, 505].includes(status) && /^text\/plain/.test(contentType ?? '');
