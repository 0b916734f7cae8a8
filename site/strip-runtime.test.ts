import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {SITE_SCRIPT, StripError, stripRuntime} from './strip-runtime.mjs';
import {postExport} from './postexport.mjs';
import {contentSecurityPolicy, cspHash, fileHeaders} from './headers.mjs';

/** The post-export step on pages shaped like Next's export (see dist/ after npm run build). */

const exitScript = `<script id="quick-exit-script" ${SITE_SCRIPT}="">(function(c,w){w.armed=1})({"url":"https://weather.com/"},window)</script>`;
const page = ({head = '', body = ''} = {}) =>
  '<!DOCTYPE html><html lang="es"><head><meta charSet="utf-8"/>' +
  '<style data-precedence="next" data-href="/_next/static/chunks/a.css">body{margin:0}</style>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
  '<script src="/_next/static/chunks/c.js" async=""></script>' +
  `${exitScript}${head}` +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>' +
  `</head><body><main><h1>Hola</h1><!--$--><p>Texto</p><!--/$-->${body}</main>` +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script></body></html>';

describe('stripRuntime', () => {
  it('keeps the marked scripts and removes the framework scripts, preloads and payload', () => {
    const result = stripRuntime(page({body: `<script ${SITE_SCRIPT}="">document.title="x"</script>`}), 'es.html');
    // The head's site script moves up, before the stylesheet: the exit is armed before the CSS is read.
    expect(result.html).toBe(
      `<!DOCTYPE html><html lang="es"><head><meta charSet="utf-8"/>${exitScript}` +
        '<style data-precedence="next" data-href="/_next/static/chunks/a.css">body{margin:0}</style>' +
        `</head><body><main><h1>Hola</h1><!--$--><p>Texto</p><!--/$-->` +
        `<script ${SITE_SCRIPT}="">document.title="x"</script></main></body></html>`
    );
    expect(result.scripts).toEqual(['(function(c,w){w.armed=1})({"url":"https://weather.com/"},window)', 'document.title="x"']);
    expect(result.styles).toEqual(['body{margin:0}']);
    expect(result.assets).toEqual([]);
  });

  it('refuses a script it does not know, naming the file, the line and the element', () => {
    const html = page({body: '\n<script>console.log("analytics")</script>'});
    expect(() => stripRuntime(html, 'out/es/ayuda.html')).toThrow(StripError);
    expect(() => stripRuntime(html, 'out/es/ayuda.html')).toThrow(
      /^out\/es\/ayuda\.html:2: an unknown script \(mark the site's own scripts with data-site-script\): <script>console\.log\("analytics"\)<\/script>$/
    );
  });

  it('refuses a script loaded from another place than the framework', () => {
    expect(() => stripRuntime(page({head: '<script src="https://cdn.example/x.js"></script>'}), 'es.html')).toThrow(/an unknown script/);
  });

  it('refuses a Suspense placeholder, which only the runtime could fill', () => {
    const fallback = page({body: '<!--$?--><template id="B:0"></template><p>Cargando…</p><!--/$-->'});
    expect(() => stripRuntime(fallback, 'es.html')).toThrow(/es\.html:1: a Suspense placeholder that only the framework's runtime can fill/);
    const template = page({body: '<template id="B:1"></template>'});
    expect(() => stripRuntime(template, 'es.html')).toThrow(/a Suspense placeholder/);
  });

  it('refuses a kept script that refers to the runtime, and a kept script loaded from a file', () => {
    expect(() => stripRuntime(page({body: `<script ${SITE_SCRIPT}="">self.__next_f.push([1])</script>`}), 'es.html')).toThrow(
      /a site script refers to the framework's runtime/
    );
    expect(() => stripRuntime(page({body: `<script ${SITE_SCRIPT}="" src="/x.js"></script>`}), 'es.html')).toThrow(
      /a site script must be inline/
    );
  });

  it('reports the /_next/ files a page still needs', () => {
    const result = stripRuntime(page({head: '<link rel="stylesheet" href="/_next/static/chunks/d.css?v=1"/>'}), 'es.html');
    expect(result.assets).toEqual(['/_next/static/chunks/d.css']);
  });
});

/** Every temporary folder the tests make, removed at the end. */
const made: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

describe('postExport', () => {
  function fakeExport(extra: Record<string, string> = {}) {
    const dir = tempDir('export-');
    const files: Record<string, string> = {
      'es.html': page(),
      'es.txt': '0:{}',
      'es/__next._tree.txt': '0:{}',
      'es/feed.xml': '<?xml version="1.0"?><rss></rss>',
      'es/opengraph-image': 'PNG',
      '404.html': page({body: '<p>No encontramos esta página</p>'}),
      '_not-found.html': page(),
      '_next/static/chunks/c.js': 'console.log(1)',
      'sitemap.xml': '<?xml version="1.0"?><urlset></urlset>',
      'robots.txt': 'User-Agent: *',
      icon: 'PNG',
      ...extra
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  it('writes the stripped site, drops what only the runtime used, precompresses, and hashes the CSP', async () => {
    const from = fakeExport();
    const to = tempDir('site-');
    const result = await postExport({from, to, servedFrom: '/srv/site'});
    const served = (dir: string): string[] =>
      fs.readdirSync(dir, {withFileTypes: true}).flatMap((d) => (d.isDirectory() ? served(path.join(dir, d.name)).map((f) => `${d.name}/${f}`) : [d.name]));
    expect(served(path.join(to, 'site')).filter((f) => !/\.(br|gz)$/.test(f) && !f.startsWith('pagefind/')).sort()).toEqual(
      ['404.html', '_headers', '_routes.json', '_worker.js', 'es.html', 'es/feed.xml', 'es/opengraph-image', 'icon', 'robots.txt', 'sitemap.xml'].sort()
    );
    expect(fs.existsSync(path.join(to, 'site', 'es.html.br'))).toBe(true);
    expect(fs.existsSync(path.join(to, 'site', 'es.html.gz'))).toBe(true);
    expect(result.pages).toBe(2);
    expect(result.csp).toContain(`script-src ${cspHash('(function(c,w){w.armed=1})({"url":"https://weather.com/"},window)')};`);
    expect(result.csp).toContain(`style-src ${cspHash('body{margin:0}')};`);
    expect(result.csp).not.toMatch(/unsafe/);
    const nginx = fs.readFileSync(path.join(to, 'nginx.conf'), 'utf8');
    expect(nginx).toContain('root /srv/site;');
    expect(nginx).toContain(result.csp);
    const headers = fs.readFileSync(path.join(to, 'site', '_headers'), 'utf8');
    expect(headers).toMatch(/\/:p0\/opengraph-image\n(  .*\n)*  Content-Type: image\/png/);
    expect(headers).toMatch(/\/:locale\/feed\.xml\n(  .*\n)*  Content-Type: application\/rss\+xml; charset=utf-8/);
    expect(headers.match(/^\//gm)!.length).toBeLessThanOrEqual(100);
  });

  it('stops on a file it does not know, so nothing unexpected is published', async () => {
    const from = fakeExport({'es/data.json': '{}'});
    const to = tempDir('site-');
    await expect(postExport({from, to, servedFrom: to})).rejects.toThrow(/es\/data\.json: a file the export step does not know/);
  });

  it('indexes the searchable pages per language, and gives the search page its own CSP', async () => {
    const searchable = (lang: string, words: string) =>
      page({body: ''}).replace('<html lang="es">', `<html lang="${lang}">`).replace('<main>', '<main data-pagefind-body="">').replace('Texto', words);
    const from = fakeExport({
      'es/ayuda.html': searchable('es', 'Pide ayuda a una intercesora'),
      'en/get-help.html': searchable('en', 'Ask an advocate for help'),
      'es/buscar.html': page({body: '<section data-search-page=""></section>'})
    });
    const to = tempDir('site-');
    const result = await postExport({from, to, servedFrom: to});
    expect(result.indexed).toEqual({es: 1, en: 1});
    expect(result.searchPages).toEqual(['/es/buscar']);
    expect(result.searchCsp).toMatch(/script-src 'self' [^;]* 'wasm-unsafe-eval'; /);
    expect(result.searchCsp).toContain("connect-src 'self'");
    expect(result.csp).not.toMatch(/script-src 'self'|wasm|worker-src/);
    expect(fs.existsSync(path.join(to, 'site', 'pagefind', 'pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join(to, 'site', 'pagefind', 'pagefind-ui.js'))).toBe(false);
    expect(fs.readFileSync(path.join(to, 'nginx.conf'), 'utf8')).toContain(`"/es/buscar.html" "${result.searchCsp}";`);
    expect(fs.readFileSync(path.join(to, 'site', '_headers'), 'utf8')).toContain(
      `/es/buscar\n  ! Content-Security-Policy\n  Content-Security-Policy: ${result.searchCsp}`
    );
  });
});

describe('headers', () => {
  it('the CSP allows inline code only by hash', () => {
    const csp = contentSecurityPolicy({scripts: ['a()', 'a()', 'b()'], styles: []});
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^']+' 'sha256-[^']+'; style-src 'none';/);
  });

  it('gives every kind of file its type and caching', () => {
    expect(fileHeaders('/es/articulos/x/opengraph-image')).toEqual({
      'Cache-Control': 'public, no-cache',
      'Content-Type': 'image/png',
      'Cross-Origin-Resource-Policy': 'cross-origin'
    });
    expect(fileHeaders('/en/feed.xml')['Content-Type']).toBe('application/rss+xml; charset=utf-8');
    expect(fileHeaders('/404.html')['Cache-Control']).toBe('public, max-age=3600');
    expect(fileHeaders('/_next/static/media/a.svg')['Cache-Control']).toMatch(/immutable/);
    expect(fileHeaders('/es.html')).toEqual({'Cache-Control': 'no-store'});
  });
});
