import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

/**
 * `npm start` as an editor or a deployment meets it: it builds when the site is missing or stale,
 * never serves a half-built site, and says plainly what broke. Each test runs site/start.mjs on a
 * copy of the small fixture content (tests/fixtures/site) with its own build folder, so the real
 * build is left alone. These build the whole site several times: npm test runs them on their own
 * (SITE_BUILD_TESTS=1), before the production build.
 */

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'site-start-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
fs.cpSync('tests/fixtures/site', content, {recursive: true});
afterAll(() => fs.rmSync(work, {recursive: true, force: true}));

let nextPort = 3400 + (process.pid % 200);

type Run = {output: string; exitCode: number | null; port: number; stop: () => Promise<void>};

/** Runs npm start's script until it serves (or exits), with the test's content and build folder. */
function start(settings: Record<string, string> = {}): Promise<Run> {
  const port = nextPort++;
  const child = spawn(process.execPath, ['site/start.mjs'], {
    env: {...process.env, CONTENT_DIR: content, SITE_DIST: dist, PORT: String(port), SITE_URL: 'https://first.example.com', ...settings},
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  return new Promise((resolve) => {
    const done = (exitCode: number | null) =>
      resolve({
        output,
        exitCode,
        port,
        stop: () =>
          new Promise<void>((r) => {
            if (child.exitCode !== null) return r();
            child.once('exit', () => r());
            child.kill('SIGTERM');
          })
      });
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/^Serving /m.test(output)) done(null);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => done(code));
  });
}

const get = async (run: Run, pathname: string) => {
  const response = await fetch(`http://127.0.0.1:${run.port}${pathname}`);
  return {status: response.status, text: await response.text()};
};

const rename = (from: string, to: string) => fs.renameSync(path.join(content, from), path.join(content, to));

describe('npm start', {timeout: 240_000}, () => {
  it('with no build and broken content, exits non-zero and names the file and line', async () => {
    const file = path.join(content, 'es', 'senales-de-trata.mdx');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace('audience: survivors', 'audience: victimas'));
    try {
      const run = await start();
      expect(run.exitCode).not.toBe(0);
      expect(run.exitCode).not.toBeNull();
      expect(run.output).toMatch(/The site could not be built/);
      expect(run.output).toMatch(/es\/senales-de-trata\.mdx:\d+ {2}audience {2}expected one of "survivors", "advocates", "everyone" {2}found "victimas"/);
      expect(run.output).toMatch(/There is no earlier build to serve/);
      expect(run.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    } finally {
      fs.writeFileSync(file, good);
    }
  });

  it('builds when there is no build, then serves it', async () => {
    const run = await start();
    try {
      expect(run.output).toMatch(/No build yet: building the site/);
      expect((await get(run, '/es/articulos/senales-de-trata')).status).toBe(200);
      expect((await get(run, '/es/guias/guia-de-prueba')).status).toBe(200);
    } finally {
      await run.stop();
    }
  });

  it('does not build again when nothing changed', async () => {
    const run = await start();
    try {
      expect(run.output).not.toMatch(/building/i);
      expect((await get(run, '/es')).status).toBe(200);
    } finally {
      await run.stop();
    }
  });

  it('rebuilds after an article is deleted and another renamed, and the changes show', async () => {
    fs.rmSync(path.join(content, 'es', 'guia-de-prueba.mdx'));
    fs.rmSync(path.join(content, 'en', 'test-guide.mdx'));
    rename('es/senales-de-trata.mdx', 'es/senales.mdx');
    const run = await start();
    try {
      expect(run.output).toMatch(/The site changed since the last build: building again/);
      expect((await get(run, '/es/guias/guia-de-prueba')).status).toBe(404);
      expect((await get(run, '/en/guides/test-guide')).status).toBe(404);
      expect((await get(run, '/es/articulos/senales-de-trata')).status).toBe(404);
      expect((await get(run, '/es/articulos/senales')).status).toBe(200);
    } finally {
      await run.stop();
    }
  });

  it('rebuilds when SITE_URL changes, and the new address shows', async () => {
    const run = await start({SITE_URL: 'https://ayuda.example.net'});
    try {
      expect(run.output).toMatch(/building again/);
      const page = await get(run, '/es/articulos/senales');
      expect(page.text).toContain('<link rel="canonical" href="https://ayuda.example.net/es/articulos/senales"/>');
      expect(page.text).not.toContain('https://first.example.com');
    } finally {
      await run.stop();
    }
  });

  it('when a change breaks the content, says which file and line, and keeps serving the last good build', async () => {
    const file = path.join(content, 'en', 'signs-of-trafficking.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^published: .*$/m, 'published: 2026-13-45'));
    const run = await start({SITE_URL: 'https://ayuda.example.net'});
    try {
      expect(run.exitCode).toBeNull();
      expect(run.output.indexOf('The site could not be built')).toBeLessThan(run.output.indexOf('Serving '));
      expect(run.output).toMatch(/en\/signs-of-trafficking\.mdx:\d+ {2}published {2}expected a date written as YYYY-MM-DD/);
      expect(run.output).toMatch(/Meanwhile the last good build is served/);
      expect((await get(run, '/es/articulos/senales')).status).toBe(200);
      expect((await get(run, '/en/articles/signs-of-trafficking')).status).toBe(200);
    } finally {
      await run.stop();
    }
  });
});
