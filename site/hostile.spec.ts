import net from 'node:net';
import {expect, test} from '@playwright/test';
import {securityHeaders} from '../tests/e2e/static-page';
import {entries} from '../tests/e2e/site';
import {bareProtocolError, type Target, targets} from './test-targets';

/**
 * Requests an attacker (or a broken client) sends: each must get a plain 400/404/405/408/416/431 or
 * a normal answer, with the security headers, never a crash, a redirect to another site or a header
 * built from what was sent. Raw sockets where a client would tidy the request up first. The servers
 * are started by playwright.config.ts; after each test the server must still answer.
 */


type Reply = {status: number; statusLine: string; headers: Record<string, string[]>; head: string; body: Buffer};

const header = (reply: Reply, name: string) => reply.headers[name.toLowerCase()]?.[0];

/** The body of a chunked answer (workerd sends pages so), without the chunks' framing. */
function dechunk(raw: Buffer) {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', at);
    const size = parseInt(raw.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/** Sends bytes as they are and reads the answer until the server closes the connection. */
function rawSend(base: string, request: string | Buffer, {timeout = 20_000} = {}) {
  const {hostname, port} = new URL(base);
  return new Promise<Reply>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(timeout, () => socket.destroy(new Error(`no answer within ${timeout} ms`)));
    socket.on('data', (c) => {
      chunks.push(c);
      // An engine that keeps the connection open after a whole answer (Caddy does for the asterisk
      // target): stop reading once the body announced by Content-Length is here.
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: *(\d+)/i.exec(all.subarray(0, end).toString('latin1'))?.[1];
      if (end >= 0 && length !== undefined && all.length - end - 4 >= Number(length)) socket.destroy();
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      if (end < 0) return reject(new Error(`no complete answer: ${JSON.stringify(all.toString('latin1').slice(0, 200))}`));
      const head = all.subarray(0, end).toString('latin1');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers: Record<string, string[]> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        (headers[line.slice(0, colon).trim().toLowerCase()] ??= []).push(line.slice(colon + 1).trim());
      }
      const raw = all.subarray(end + 4);
      const body = headers['transfer-encoding']?.[0] === 'chunked' ? dechunk(raw) : raw;
      resolve({status: Number(statusLine.split(' ')[1]), statusLine, headers, head, body});
    });
    socket.write(request);
  });
}

/** A GET with the given request target and extra header lines, closing the connection after. */
const rawGet = (base: string, target: string, extra = '', method = 'GET') =>
  rawSend(base, Buffer.from(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${extra}\r\n`, 'latin1'));

function expectSafe(reply: Reply, target: Target, what: string) {
  const base = target.base!;
  if (isBareProtocolError(reply, target)) {
    // The engine's own answer to a request it cannot parse (Go's net/http under Caddy): fixed text,
    // no page, nothing of the request in it; no configuration can add headers to it.
    expect(reply.body.toString('latin1'), `${what}: the engine's fixed text`).toMatch(/^[0-9]{3} [A-Za-z ]+(: [A-Za-z ]+)?$/);
  } else {
    for (const [name, pattern] of Object.entries(securityHeaders)) {
      expect(header(reply, name) ?? '', `${what}: ${name}`).toMatch(pattern);
    }
  }
  expect(reply.headers['set-cookie'], `${what}: no cookie`).toBeUndefined();
  // Nothing sent in the request came back as a header of its own.
  expect(Object.keys(reply.headers).filter((n) => /cookie|^x-injected|^evil/.test(n)), `${what}: injected headers`).toEqual([]);
  expect(reply.head, `${what}: no control character in the answer's head`).not.toMatch(/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/);
  const location = header(reply, 'location');
  if (location !== undefined) {
    expect(location, `${what}: Location`).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
    expect(new URL(location, base).origin, `${what}: redirect stays on the site`).toBe(new URL(base).origin);
  }
}

const isBareProtocolError = (reply: Reply, target: Target) => bareProtocolError(target, reply.status, header(reply, 'content-type'));

async function expectStillServing(base: string) {
  const reply = await rawGet(base, '/es');
  expect(reply.status, 'the server still answers').toBe(200);
}

const article = entries.find((e) => e.kind === 'article' && e.locale === 'es')!;

for (const target of targets) {
  test.describe(`hostile requests to ${target.name}`, () => {
    test.skip(!target.base, target.missing);
    const base = target.base!;

    test.afterEach(async () => {
      await expectStillServing(base);
    });

    // Addresses that browsers read as another site once in a Location header, or that carry
    // characters a header must never hold.
    for (const path of [
      '//evil.com/',
      '///evil.com/',
      '/%5cevil.com/',
      '/%5c%5cevil.com/',
      '/%2f%2fevil.com/',
      '/%09/evil.com/',
      '/es%0dSet-Cookie:a=b%2f',
      '/es%0d%0aSet-Cookie:a=b/',
      '/es/%0aX-Injected:1/',
      '/\\evil.com/',
      '/es/?next=%0d%0aSet-Cookie:a=b',
      '/es/?q=\u00e9'
    ]) {
      test(`${JSON.stringify(path)} never leaves the site nor sets anything`, async () => {
        // Our Netlify rules never build a Location from the address (host-configs.test.ts); the
        // edge parses these, and the local chain reads "//evil.com/" as another host.
        test.skip(!!target.edgeOnly, target.edgeOnly);
        const reply = await rawGet(base, path);
        expect([301, 302, 307, 308, 400, 404], path).toContain(reply.status);
        expectSafe(reply, target, path);
      });
    }

    test('a redirect keeps the query, re-encoded', async () => {
      test.skip(!!target.edgeOnly, target.edgeOnly);
      const reply = await rawGet(base, '/es/?q=trata%20laboral');
      expect([301, 308]).toContain(reply.status);
      expect(header(reply, 'location')).toBe('/es?q=trata%20laboral');
      expectSafe(reply, target, 'query');
    });

    test('repeated slashes are collapsed into one address on this site, or refused', async () => {
      test.skip(!!target.edgeOnly, target.edgeOnly);
      const reply = await rawGet(base, '//evil.com/');
      // workerd (Cloudflare) answers 404; the others redirect to the one address on this site.
      expect([308, 404]).toContain(reply.status);
      if (reply.status === 308) expect(header(reply, 'location')).toBe('/evil.com');
      expectSafe(reply, target, '//evil.com/');
    });

    // Range: npm start ignores it (site/serve.mjs) and sends the whole file with 200; an engine may
    // answer a valid single range with 206, or an impossible one with 416. Never a crash or a hang.
    for (const method of ['GET', 'HEAD']) {
      for (const range of ['bytes=5-2', 'bytes=0-18446744073709551615', 'bytes=0-1,3-4', 'bytes=-0', 'bytes=abc', 'lines=1-2', 'bytes=99999999-', 'bytes=0-9']) {
        test(`${method} with Range: ${range} gets a whole, correct answer`, async () => {
          const full = await rawGet(base, article.href, 'Accept-Encoding: identity\r\n');
          const reply = await rawGet(base, article.href, `Range: ${range}\r\nAccept-Encoding: identity\r\n`, method);
          expect([200, 206, 416], range).toContain(reply.status);
          expectSafe(reply, target, range);
          const size = full.body.length;
          if (reply.status === 200) {
            // workerd streams pages: chunked for GET, no length at all for HEAD.
            if (!target.localOnly || header(reply, 'content-length')) expect(Number(header(reply, 'content-length'))).toBe(size);
            if (method === 'GET') expect(reply.body.equals(full.body)).toBe(true);
          }
          // A multipart/byteranges answer (several ranges) is an engine's choice; its parts are not checked here.
          if (reply.status === 206 && !/multipart/.test(header(reply, 'content-type') ?? '')) {
            const [, start, end, total] = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header(reply, 'content-range') ?? '') ?? [];
            expect(Number(total)).toBe(size);
            expect(Number(header(reply, 'content-length'))).toBe(Number(end) - Number(start) + 1);
            if (method === 'GET') expect(reply.body.equals(full.body.subarray(Number(start), Number(end) + 1))).toBe(true);
          }
          // Go's net/http (Caddy) leaves out Content-Range when it cannot read the range at all.
          if (reply.status === 416 && header(reply, 'content-range')) expect(header(reply, 'content-range')).toBe(`bytes */${size}`);
          if (!target.ranges) expect(reply.status, 'npm start sends the whole file').toBe(200);
        });
      }
    }

    test('Range on a compressed copy never mixes encodings', async () => {
      const reply = await rawGet(base, article.href, 'Range: bytes=0-9\r\nAccept-Encoding: br, gzip\r\n');
      expect([200, 206]).toContain(reply.status);
      if (!target.ranges) expect(reply.status).toBe(200);
      if (reply.status === 200 && header(reply, 'transfer-encoding') !== 'chunked') expect(reply.body.length).toBe(Number(header(reply, 'content-length')));
      expectSafe(reply, target, 'range on compressed');
    });

    for (const [accept, refused] of [
      ['br;q=0', /^(br|gzip)$/],
      ['br;q=0, gzip', /^br$/],
      ['gzip;q=0, br;q=0', /^(br|gzip)$/],
      ['identity', /^(br|gzip)$/]
    ] as const) {
      test(`Accept-Encoding: ${accept} is honoured, for pages and the 404 page`, async () => {
        for (const path of [article.href, '/es/no-existe']) {
          const reply = await rawGet(base, path, `Accept-Encoding: ${accept}\r\n`);
          expect(header(reply, 'content-encoding') ?? 'identity', `${path} with ${accept}`).not.toMatch(refused);
          if (!header(reply, 'content-encoding')) expect(reply.body.toString()).toMatch(/<html/);
        }
      });
    }

    test('brotli is sent when asked, the 404 page too', async () => {
      test.skip(!target.brotli, `${target.name} has no brotli here (Debian's nginx has no brotli module): it sends gzip`);
      for (const path of [article.href, '/es/no-existe']) {
        const reply = await rawGet(base, path, 'Accept-Encoding: gzip;q=0.5, br\r\n');
        expect(header(reply, 'content-encoding'), path).toBe('br');
      }
    });

    // Malformed requests Node (or nginx) refuses before any handler sees them.
    for (const [what, request] of [
      ['a header line without a colon', 'GET /es HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'],
      ['a tab inside the path', 'GET /es/\t/evil.com/ HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['a bare CR in the path', 'GET /es\r/evil HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['a space inside the path', 'GET /es /evil HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['an unknown HTTP version', 'GET /es HTTP/9.9\r\nHost: x\r\n\r\n'],
      ['garbage', '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n'],
      ['a request line of binary bytes', 'GET /\xff\xfe\x00 HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['two Content-Length headers', 'GET /es HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
      ['an absolute-form target to another host', 'GET http://evil.com/es/ HTTP/1.1\r\nHost: evil.com\r\n\r\n'],
      ['the asterisk target', 'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['a CONNECT to another host', 'CONNECT evil.com:443 HTTP/1.1\r\nHost: evil.com:443\r\n\r\n']
    ] as const) {
      test(`${what} gets a plain error with the headers`, async () => {
        test.skip(!!target.localOnly, target.localOnly);
        const reply = await rawSend(base, Buffer.from(request, 'latin1'));
        const absoluteForm = what.startsWith('an absolute-form');
        // An absolute-form target is read as this site's own path: an engine may redirect /es/ to /es.
        expect([200, 400, 404, 405, 505, ...(absoluteForm ? [308] : [])], what).toContain(reply.status);
        if (what === 'the asterisk target' && target.bareProtocolErrors && reply.status === 200) {
          // Go's net/http answers OPTIONS * itself: an empty 200, before any configuration runs.
          expect(reply.body.length).toBe(0);
          expect(header(reply, 'content-length')).toBe('0');
          return;
        }
        if (absoluteForm) {
          // Served as /es/ on this site at most: never fetched from evil.com, never sent there.
          if (header(reply, 'location')) expect(header(reply, 'location')).not.toMatch(/evil/);
        } else {
          expect(reply.status, what).not.toBe(200);
        }
        expectSafe(reply, target, what);
      });
    }

    test('an overlong path gets 414 or 431 with the headers, a long one is answered', async () => {
      test.skip(!!target.localOnly, target.localOnly);
      const overlong = await rawGet(base, `/es/${'a'.repeat(70_000)}`);
      expect([400, 414, 431]).toContain(overlong.status);
      expectSafe(overlong, target, 'overlong path');
      const long = await rawGet(base, `/es/${'a'.repeat(4_000)}/`);
      expect([308, 404, 414]).toContain(long.status);
      expectSafe(long, target, 'long path');
    });

    test('overlong headers get 431 (or 400) with the headers', async () => {
      test.skip(!!target.localOnly, target.localOnly);
      const reply = await rawGet(base, '/es', `X-Big: ${'a'.repeat(70_000)}\r\n`);
      expect([400, 431]).toContain(reply.status);
      expectSafe(reply, target, 'overlong header');
      const many = await rawGet(base, '/es', Array.from({length: 4000}, (_, i) => `X-H${i}: 1\r\n`).join(''));
      expect([400, 431]).toContain(many.status);
      expectSafe(many, target, 'many headers');
    });

    test('a client that never finishes its headers is cut off within about 10 s', async () => {
      test.skip(!!target.localOnly, target.localOnly);
      const started = Date.now();
      const answer = rawSend(base, 'GET /es HTTP/1.1\r\nHost: x\r\nX-Slow: ', {timeout: 20_000});
      if (target.slowClient408) {
        const reply = await answer;
        expect(reply.status).toBe(408);
        expectSafe(reply, target, 'slow headers');
      } else {
        // nginx and Caddy close the connection without an answer when their header timeout passes.
        await expect(answer).rejects.toThrow(/no complete answer/);
      }
      expect(Date.now() - started).toBeLessThan(13_000);
    });

    test('a kept-alive connection serves several requests, then a broken one is refused alone', async () => {
      test.skip(!!target.localOnly, target.localOnly);
      const reply = await rawSend(
        base,
        'GET /es HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br\r\n\r\nHEAD /en HTTP/1.1\r\nHost: x\r\n\r\nGET /es%0d%0aX-Injected:1/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
      );
      expect(reply.status).toBe(200);
      const text = reply.body.toString('latin1');
      expect(text).not.toMatch(/\r\nX-Injected/i);
    });
  });

  test.describe(`share images and pages from ${target.name}`, () => {
    test.skip(!target.base, target.missing);
    const base = target.base!;

    test('share images, the discreet one too, may be fetched by other sites; nothing else may', async () => {
      for (const path of [`${article.href}/opengraph-image`, '/es/i/opengraph-image', '/en/i/opengraph-image']) {
        const reply = await rawGet(base, path);
        expect(reply.status, path).toBe(200);
        expect(reply.headers['cross-origin-resource-policy'], path).toEqual(['cross-origin']);
      }
      for (const path of ['/es', article.href, '/icon', '/es/feed.xml', '/es/no-existe']) {
        const reply = await rawGet(base, path);
        expect(reply.headers['cross-origin-resource-policy'], path).toEqual(['same-origin']);
      }
    });

    test('pages are never stored; the 404 page and images keep their caching', async () => {
      for (const path of ['/es', article.href, '/es/buscar', '/en/search']) {
        const reply = await rawGet(base, path);
        expect(reply.status, path).toBe(200);
        expect(header(reply, 'cache-control'), path).toBe('no-store');
      }
      // Cloudflare sends the 404 page with the rules of the address asked for: no-store, stricter still.
      expect(header(await rawGet(base, '/es/no-existe'), 'cache-control')).toMatch(target.localOnly ? /^no-store$/ : /max-age=3600/);
    });
  });
}

test('npm start: the 404 page is sent whole in every encoding', async () => {
  const base = process.env.SITE_ORIGIN!;
  for (const accept of ['br', 'gzip', 'identity']) {
    const reply = await rawGet(base, '/es/no-existe', `Accept-Encoding: ${accept}\r\n`);
    expect(reply.status).toBe(404);
    expect(header(reply, 'content-encoding') ?? 'identity').toBe(accept);
    expect(reply.body.length).toBe(Number(header(reply, 'content-length')));
  }
});
