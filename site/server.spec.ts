import http from 'node:http';
import {expect, test} from '@playwright/test';
import {securityHeaders} from '../tests/e2e/static-page';
import {entries} from '../tests/e2e/site';
import {bareProtocolError, targets} from './test-targets';

/**
 * The served site as HTTP sees it, for both ways of serving it: `npm start` (site/serve.mjs) and
 * nginx with the generated server block (dist/nginx.conf). Raw requests, so no client tidies the
 * addresses up first. The servers are started by playwright.config.ts.
 */


type Reply = {status: number; headers: http.IncomingHttpHeaders; body: Buffer};

function raw(base: string, path: string, {method = 'GET', headers = {}}: {method?: string; headers?: Record<string, string>} = {}) {
  const {hostname, port} = new URL(base);
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request({hostname, port, path, method, headers, agent: false}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks)}));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(reply: Reply, what: string) {
  for (const [name, pattern] of Object.entries(securityHeaders)) {
    expect(String(reply.headers[name] ?? ''), `${what}: ${name}`).toMatch(pattern);
  }
  expect(reply.headers['set-cookie'], `${what}: no cookie`).toBeUndefined();
}

const article = entries.find((e) => e.kind === 'article' && e.locale === 'es')!;

for (const target of targets) {
  test.describe(`served by ${target.name}`, () => {
    test.skip(!target.base, target.missing);

    for (const [accept, expected] of [
      ['en-US,en;q=0.9', '/en'],
      ['es-MX,es;q=0.9', '/es'],
      ['fr-FR,fr;q=0.9', '/es'],
      ['', '/es']
    ] as const) {
      test(`/ with Accept-Language "${accept}" goes to ${expected}, varies on the header, sets no cookie`, async () => {
        // Netlify's Language condition also takes a request that names no language: every browser names one.
        test.skip(!!target.edgeOnly && !accept, target.edgeOnly);
        const reply = await raw(target.base!, '/', {headers: accept ? {'accept-language': accept} : {}});
        expect([302, 307]).toContain(reply.status);
        expect(new URL(reply.headers.location!, target.base).pathname).toBe(expected);
        expect(reply.headers['set-cookie']).toBeUndefined();
        if (target.edgeOnly) return;
        expect(reply.headers.vary).toMatch(/Accept-Language/i);
        expectSecurityHeaders(reply, '/');
      });
    }

    test('pages, share images, the tab icon, feeds and the sitemap are sent with their types and headers', async () => {
      // Pages are kept off the disk cache (no-store); the rest is revalidated (no-cache).
      const cases = [
        ['/es', /^text\/html; ?charset=utf-8$/i, /^no-store$/],
        [article.href, /^text\/html; ?charset=utf-8$/i, /^no-store$/],
        [`${article.href}/opengraph-image`, /^image\/png$/, /no-cache/],
        ['/icon', /^image\/png$/, /no-cache/],
        ['/es/feed.xml', /^application\/rss\+xml; ?charset=utf-8$/i, /no-cache/],
        ['/en/feed.xml', /^application\/rss\+xml; ?charset=utf-8$/i, /no-cache/],
        ['/sitemap.xml', /^application\/xml; ?charset=utf-8$/i, /no-cache/],
        ['/robots.txt', /^text\/plain/, /no-cache/]
      ] as const;
      for (const [path, type, caching] of cases) {
        const reply = await raw(target.base!, path, {headers: {'accept-encoding': 'gzip'}});
        expect(reply.status, path).toBe(200);
        expect(reply.headers['content-type'], path).toMatch(type);
        expect(reply.headers['cache-control'], path).toMatch(caching);
        if (!target.edgeOnly) expect(reply.headers.etag ?? reply.headers['last-modified'], `${path}: a validator`).toBeTruthy();
        expectSecurityHeaders(reply, path);
      }
      if (target.edgeOnly) return;
      const page = await raw(target.base!, '/es', {headers: {'accept-encoding': 'gzip'}});
      expect(page.headers['content-encoding']).toBe('gzip');
    });

    test('a page is revalidated: the same ETag gets 304', async () => {
      test.skip(!!target.edgeOnly, target.edgeOnly);
      const first = await raw(target.base!, article.href);
      const again = await raw(target.base!, article.href, {headers: {'if-none-match': String(first.headers.etag)}});
      expect(again.status).toBe(304);
    });

    for (const path of ['/favicon.ico', '/index.html', '/.env', '/wp-login.php', '/fr/feed.xml', '/es/%ff%fe', '/%', '/_headers', '/404.html', '/es/no-existe']) {
      test(`${path} gets the bilingual 404 or a 400, never a 500`, async () => {
        // wrangler's local front fails on /_headers (a file, read as a folder); Cloudflare never serves it.
        test.skip(!!target.localOnly && path === '/_headers', target.localOnly);
        test.skip(!!target.edgeOnly && ['/es/%ff%fe', '/%', '/404.html'].includes(path), target.edgeOnly);
        const reply = await raw(target.base!, path);
        if (target.localOnly && path === '/404.html' && reply.status === 308) {
          // Cloudflare drops .html from every address: /404.html -> /404, which is the 404.
          expect(reply.headers.location).toBe('/404');
          return;
        }
        expect([400, 404], path).toContain(reply.status);
        if (reply.status === 404) {
          expect(reply.body.toString()).toContain('No encontramos esta página');
          expect(reply.body.toString()).toContain('We could not find this page');
        }
        // Go's net/http (under Caddy) refuses /% itself, with its fixed text and none of the headers.
        if (!bareProtocolError(target, reply.status, reply.headers['content-type'])) expectSecurityHeaders(reply, path);
      });
    }

    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'PATCH']) {
      test(`${method} is refused with 405`, async () => {
        test.skip(!!target.localOnly && method === 'TRACE', `${target.localOnly} (it cannot forward TRACE at all)`);
        test.skip(!!target.edgeOnly, target.edgeOnly);
        const reply = await raw(target.base!, '/es', {method});
        expect(reply.status).toBe(405);
        expectSecurityHeaders(reply, method);
      });
    }

    test('HEAD answers like GET, without a body', async () => {
      const reply = await raw(target.base!, '/en', {method: 'HEAD'});
      expect(reply.status).toBe(200);
      expect(reply.body.length).toBe(0);
      expectSecurityHeaders(reply, 'HEAD');
    });

    test('a trailing slash redirects to the address without it', async () => {
      test.skip(!!target.edgeOnly, target.edgeOnly);
      const reply = await raw(target.base!, '/es/');
      expect([301, 308]).toContain(reply.status);
      expect(new URL(reply.headers.location!, target.base).pathname).toBe('/es');
    });
  });
}
