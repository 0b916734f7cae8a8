import {spawn, type ChildProcess} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterAll, describe, expect, it} from 'vitest';

/**
 * A running `npm start` while the site is built again, and while its server processes crash: every
 * answer is whole (its Content-Length is its body, none hangs) and every page's inline scripts and
 * styles are allowed by the CSP it is sent with, before, during and after the switch to the new
 * build; another PORT does not build again; a killed server process is replaced and requests go on
 * being answered. On a copy of the small fixture content (tests/fixtures/site), with its own build
 * folder and its own Next folder. Builds the site twice: npm test runs it with the other slow tests
 * (SITE_BUILD_TESTS=1).
 */

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'site-rebuild-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
// Next's own folder for these builds, inside the project as Next requires, apart from the real build's.
const nextDir = '.next-rebuild';
fs.cpSync('tests/fixtures/site', content, {recursive: true});

const basePort = 3460 + (process.pid % 20) * 2;
const env = (settings: Record<string, string>) => {
  const all: NodeJS.ProcessEnv = {...process.env, CONTENT_DIR: content, SITE_DIST: dist, NEXT_DIST_DIR: nextDir, ...settings};
  // A local build: npm start without SITE_URL or an exit address of its own.
  for (const name of ['SITE_URL', 'EXIT_URL_ES', 'EXIT_URL_EN']) if (!(name in settings)) delete all[name];
  return all;
};

type Started = {child: ChildProcess; output: () => string; port: number; stop: () => Promise<void>};
const running: Started[] = [];

/** Runs npm start's script until it says it serves. */
function start(port: number): Promise<Started> {
  const child = spawn(process.execPath, ['site/start.mjs'], {env: env({PORT: String(port)}), stdio: ['ignore', 'pipe', 'pipe']});
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const started = {child, output: () => output, port, stop};
  running.push(started);
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/^Serving /m.test(output)) resolve(started);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
  });
}

afterAll(async () => {
  await Promise.all(running.map((r) => r.stop()));
  fs.rmSync(work, {recursive: true, force: true});
  fs.rmSync(nextDir, {recursive: true, force: true});
});

type Answer = {status: number; headers: http.IncomingHttpHeaders; body: Buffer};

/** One GET on a new connection, failing if the whole answer has not come within `timeout` ms. */
function get(port: number, pathname: string, encoding: string, timeout = 5_000): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get({host: '127.0.0.1', port, path: pathname, agent: false, headers: {'accept-encoding': encoding}}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => (res.complete ? resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks)}) : reject(new Error('cut short'))));
      res.on('error', reject);
    });
    req.setTimeout(timeout, () => req.destroy(new Error(`no whole answer within ${timeout} ms`)));
    req.on('error', reject);
  });
}

const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
const directive = (csp: string, name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

/** What is wrong with one answer, if anything: its length, or an inline script or style its CSP refuses. */
function problems(answer: Answer): string[] {
  const found: string[] = [];
  const length = answer.headers['content-length'];
  if (length !== undefined && Number(length) !== answer.body.length) found.push(`Content-Length ${length}, body ${answer.body.length} bytes`);
  if (answer.status !== 200 || !String(answer.headers['content-type']).startsWith('text/html')) return found;
  const coding = answer.headers['content-encoding'];
  const html = (coding === 'br' ? zlib.brotliDecompressSync(answer.body) : coding === 'gzip' ? zlib.gunzipSync(answer.body) : answer.body).toString('utf8');
  const csp = String(answer.headers['content-security-policy']);
  for (const [kind, re] of [
    ['script', /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g],
    ['style', /<style\b[^>]*>([\s\S]*?)<\/style>/g]
  ] as const) {
    for (const [, text] of html.matchAll(re)) {
      if (text && !directive(csp, `${kind}-src`).includes(sha256(text))) found.push(`an inline ${kind} its CSP does not allow`);
    }
  }
  return found;
}

const paths = ['/es', '/en', '/es/guias/guia-de-prueba', '/en/guides/test-guide', '/es/articulos/senales-de-trata', '/es/buscar', '/en/search', '/es/feed.xml', '/es/opengraph-image', '/pagefind/pagefind.js', '/no-such-page'];
const encodings = ['br', 'gzip', 'identity'];

/**
 * Requests in a loop from `clients` clients until stop() is called: every answer checked as it comes.
 * @returns stop(), which resolves to what was seen: answers, failures, the CSPs met in order
 */
function requestsInALoop(port: number, clients = 3) {
  let going = true;
  const seen = {answers: 0, failures: [] as string[], csps: [] as string[], refused: 0};
  const client = async (n: number) => {
    for (let i = n; going; i++) {
      const pathname = paths[i % paths.length];
      const encoding = encodings[i % encodings.length];
      try {
        const answer = await get(port, pathname, encoding);
        seen.answers++;
        for (const problem of problems(answer)) seen.failures.push(`${pathname} (${encoding}): ${problem}`);
        const csp = String(answer.headers['content-security-policy']);
        if (pathname === '/es' && seen.csps.at(-1) !== csp) seen.csps.push(csp);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') seen.refused++;
        seen.failures.push(`${pathname} (${encoding}): ${(error as Error).message}`);
      }
      await new Promise((r) => setTimeout(r, 15));
    }
  };
  const clientsDone = Array.from({length: clients}, (_, n) => client(n));
  return async () => {
    going = false;
    await Promise.all(clientsDone);
    return seen;
  };
}

const builds = () => fs.readdirSync(path.join(dist, 'builds')).sort();
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

/** The server processes of an npm start (its cluster workers), from Linux's list of a process's children. */
const workers = (pid: number) =>
  fs
    .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);

describe('npm start while the site is built again and its server crashes', {timeout: 300_000}, () => {
  let server: Started;

  it('builds once for this computer; npm start on another PORT serves that build without building', async () => {
    server = await start(basePort);
    expect(server.output()).toMatch(/No build yet: building the site/);
    const other = await start(basePort + 1);
    try {
      expect(other.output()).not.toMatch(/building again|No build yet|next build/);
      expect(other.output()).toMatch(/SITE_URL is not set: .*http:\/\/localhost:3000/);
      for (const port of [basePort, basePort + 1]) {
        const page = await get(port, '/es/articulos/senales-de-trata', 'identity');
        expect(page.status).toBe(200);
        expect(canonical(page.body.toString())).toBe('http://localhost:3000/es/articulos/senales-de-trata');
      }
    } finally {
      await other.stop();
    }
    expect(builds()).toHaveLength(1);
  });

  it('a build under the running server: every answer whole and allowed by its CSP, then the new build whole', async () => {
    const before = JSON.parse(fs.readFileSync(path.join(dist, 'headers.json'), 'utf8')).csp as string;
    // The new build differs in an inline script (the quick exit's address is in it, so the CSP
    // changes), in its address, and in a page it no longer has.
    fs.rmSync(path.join(content, 'es', 'guia-de-prueba.mdx'));
    fs.rmSync(path.join(content, 'en', 'test-guide.mdx'));
    const stop = requestsInALoop(server.port);
    const build = spawn(process.execPath, ['site/build.mjs'], {
      env: env({SITE_URL: 'https://otra.example.org', EXIT_URL_ES: 'https://www.example.com/', EXIT_URL_EN: 'https://www.example.com/'}),
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let buildOutput = '';
    build.stdout.on('data', (c: Buffer) => (buildOutput += c));
    build.stderr.on('data', (c: Buffer) => (buildOutput += c));
    const code = await new Promise<number | null>((resolve) => build.once('exit', resolve));
    expect(code, buildOutput).toBe(0);
    // Requests go on a moment after the switch.
    await new Promise((r) => setTimeout(r, 1_500));
    const seen = await stop();

    const after = JSON.parse(fs.readFileSync(path.join(dist, 'headers.json'), 'utf8')).csp as string;
    expect(after).not.toBe(before);
    expect(seen.failures).toEqual([]);
    expect(seen.answers).toBeGreaterThan(50);
    // Served the old build, then the new one, and never went back.
    expect(seen.csps).toEqual([before, after]);

    const home = await get(server.port, '/es/articulos/senales-de-trata', 'identity');
    expect(canonical(home.body.toString())).toBe('https://otra.example.org/es/articulos/senales-de-trata');
    expect(home.headers['content-security-policy']).toBe(after);
    // A page the new build no longer has: 404, and the server goes on.
    expect((await get(server.port, '/es/guias/guia-de-prueba', 'br')).status).toBe(404);
    expect((await get(server.port, '/es', 'br')).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    // The previous build is kept (a request may still be sending its files).
    expect(builds()).toHaveLength(2);
  });

  it('a killed server process is replaced at once, and requests go on being answered', async () => {
    const pid = server.child.pid!;
    const [first] = workers(pid);
    const stop = requestsInALoop(server.port, 2);
    await new Promise((r) => setTimeout(r, 300));
    process.kill(first, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 2_000));
    const seen = await stop();
    // No connection refused: the other process held the socket. At most the requests the killed
    // process was answering are lost (one per client).
    expect(seen.refused).toBe(0);
    expect(seen.failures.length).toBeLessThanOrEqual(2);
    // and those are closed, not left hanging.
    expect(seen.failures.filter((f) => /no whole answer/.test(f))).toEqual([]);
    expect(seen.answers).toBeGreaterThan(20);
    expect(server.output()).toMatch(new RegExp(`The server process ${first} was stopped \\(SIGKILL\\); another is started now`));
    expect(workers(pid)).toHaveLength(2);
    expect(workers(pid)).not.toContain(first);

    // Both at once: then the socket closes until a new process listens; say how long that is.
    const started = Date.now();
    for (const worker of workers(pid)) process.kill(worker, 'SIGKILL');
    let answered = false;
    while (!answered && Date.now() - started < 5_000) {
      answered = await get(server.port, '/es', 'br', 500).then(
        (a) => a.status === 200,
        () => false
      );
    }
    expect(answered).toBe(true);
    console.log(`Both server processes killed: answering again after ${Date.now() - started} ms.`);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
