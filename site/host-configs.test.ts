import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {fileHeaders, fileRules} from './headers.mjs';
import {caddyfile, netlifyFiles, nginxServerBlock} from './host-configs.mjs';

const config = {root: '/srv/site', csp: "default-src 'none'", searchCsp: "default-src 'none'; script-src 'self'", searchPages: ['/es/buscar', '/en/search']};

describe('file rules', () => {
  test('every pattern is one that Go (Caddy), PCRE (nginx) and JavaScript read alike: no lookaround, no back-references', () => {
    for (const {pattern} of fileRules) {
      expect(pattern, pattern).not.toMatch(/\(\?[=!<]|\\[1-9]|\(\?<[a-z]/);
      expect(() => new RegExp(pattern)).not.toThrow();
    }
  });

  test('the first rule that sets a header wins, as in an nginx map', () => {
    expect(fileHeaders('/404.html')['Cache-Control']).toBe('public, max-age=3600');
    expect(fileHeaders('/es/ayuda.html')['Cache-Control']).toBe('no-store');
    expect(fileHeaders('/pagefind/index/en_1.pf_index')).toMatchObject({'Cache-Control': 'no-store', 'Content-Type': 'application/octet-stream'});
    expect(fileHeaders('/pagefind/pagefind.en_1.pf_meta')).toMatchObject({'Cache-Control': 'public, no-cache', 'Content-Type': 'application/octet-stream'});
    expect(fileHeaders('/es/i/opengraph-image')['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(fileHeaders('/es.html')['Cross-Origin-Resource-Policy']).toBeUndefined();
  });
});

describe('generated configs', () => {
  test('nginx redirects a trailing slash only for plain addresses, by a named capture an `if` cannot reset', () => {
    const block = nginxServerBlock(config);
    expect(block).toContain('location ~ "^(?<site_path>(?:/[A-Za-z0-9._~-]+)+)/$"');
    expect(block).toContain('return 308 $site_path$is_args$args;');
    expect(block).not.toMatch(/return 30\d \$1/);
    expect(block).toMatch(/map \$uri \$site_corp \{\n {4}default "same-origin";\n {4}"~\/opengraph-image\$" "cross-origin";/);
  });

  test('the Caddyfile writes the file rules last first, so the first matching rule is the one applied last', () => {
    const file = caddyfile(config);
    const at = (pattern: string) => file.indexOf(`path_regexp \`${pattern}\``);
    expect(at('^/404\\.html$')).toBeGreaterThan(at('\\.html$'));
    expect(at('\\.html$')).toBeGreaterThan(0);
    expect(file).toContain('@search path /es/buscar.html /en/search.html /pagefind/*');
    expect(file).not.toMatch(/\{re\.[a-z_]+\.1\}\{query\}/);
  });
});

// Netlify's own parsers (from .tools/, npm run hosts:install), reading the files the build writes.
const netlifyTools = path.resolve('.tools/node_modules/@netlify');
const hasNetlifyTools = fs.existsSync(path.join(netlifyTools, 'headers-parser')) && fs.existsSync(path.join(netlifyTools, 'redirect-parser'));

describe('Netlify files', () => {
  test.skipIf(!hasNetlifyTools)("Netlify's parsers read _headers and _redirects without an error, and no rule puts the address into a target", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'netlify-files-'));
    for (const [name, text] of Object.entries(netlifyFiles(config))) fs.writeFileSync(path.join(folder, name), text);
    const {parseAllHeaders} = await import(path.join(netlifyTools, 'headers-parser/lib/index.js'));
    const {parseAllRedirects} = await import(path.join(netlifyTools, 'redirect-parser/lib/index.js'));
    const headers = await parseAllHeaders({headersFiles: [path.join(folder, '_headers')], minimal: true});
    expect(headers.errors).toEqual([]);
    // The search pages' rule comes after the general one: for a header, Netlify keeps the last match.
    const forPath = (p: string) => Object.assign({}, ...headers.headers.filter((h: {for: string}) => new RegExp(`^${h.for.replace(/\*/g, '.*').replace(/:[a-z0-9]+/g, '[^/]+')}$`).test(p)).map((h: {values: object}) => h.values));
    expect(forPath('/es/buscar')['Content-Security-Policy']).toBe(config.searchCsp);
    expect(forPath('/es/ayuda')['Content-Security-Policy']).toBe(config.csp);
    expect(forPath('/es/ayuda')['Cache-Control']).toBe('no-store');
    expect(forPath('/es/x/opengraph-image')).toMatchObject({'Content-Type': 'image/png', 'Cross-Origin-Resource-Policy': 'cross-origin'});
    const redirects = await parseAllRedirects({redirectsFiles: [path.join(folder, '_redirects')], minimal: true});
    expect(redirects.errors).toEqual([]);
    expect(redirects.redirects.map((r: {from: string; to: string}) => `${r.from} ${r.to}`)).toEqual(['/ /en', '/ /es', '/_headers /404.html', '/_redirects /404.html']);
    for (const r of redirects.redirects) expect(r.to, r.from).not.toMatch(/:splat|:[a-z]/);
    fs.rmSync(folder, {recursive: true, force: true});
  });
});
