import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {localSiteUrl, localSiteUrlNotice, missingSiteUrlMessage, resolveSiteUrl, SiteUrlError} from './site-url.mjs';

describe('the public address a build uses', () => {
  test('a deployment build (npm run build) without SITE_URL stops with a plain message', () => {
    expect(() => resolveSiteUrl({})).toThrow(SiteUrlError);
    expect(() => resolveSiteUrl({SITE_URL: '  '})).toThrow(missingSiteUrlMessage);
    expect(missingSiteUrlMessage).toMatch(/SITE_URL=https:\/\/\S+ npm run build/);
  });

  test('SITE_URL, when set, is used as it is, for deployment and local builds alike', () => {
    expect(resolveSiteUrl({SITE_URL: 'https://example.org'})).toEqual({url: 'https://example.org', local: false});
    expect(resolveSiteUrl({SITE_URL: 'https://example.org'}, {local: true})).toEqual({url: 'https://example.org', local: false});
    // Written as the site writes it: lowercase, no slash at the end; a port of its own is kept.
    expect(resolveSiteUrl({SITE_URL: ' https://Ayuda.Example.org/ '}).url).toBe('https://ayuda.example.org');
    expect(resolveSiteUrl({SITE_URL: 'https://example.org:8443'}).url).toBe('https://example.org:8443');
  });

  // Each refusal says what was found and the exact line to write instead.
  const refusals: [string, RegExp, string][] = [
    ['http://example.org', /starts with http:\/\//, 'https://example.org'],
    ['https://ana:secreto@example.org', /user name or password/, 'https://example.org'],
    ['https://ana@example.org', /user name or password/, 'https://example.org'],
    ['https://example.org/ayuda', /has a path \(\/ayuda\)/, 'https://example.org'],
    ['https://example.org/ayuda/', /has a path \(\/ayuda\/\)/, 'https://example.org'],
    ['https://example.org?ref=1', /\? or # part/, 'https://example.org'],
    ['https://example.org/?', /\? or # part/, 'https://example.org'],
    ['https://example.org#inicio', /\? or # part/, 'https://example.org'],
    ['example.org', /not a web address/, 'https://example.org'],
    ['ftp://example.org', /starts with ftp:/, 'https://example.org'],
    ['javascript:alert(1)', /starts with javascript:/, 'https://www.example.org']
  ];
  test.each(refusals)('SITE_URL=%s is refused in plain words, naming what to write', (value, found, instead) => {
    for (const options of [{}, {local: true}]) {
      let message = '';
      try {
        resolveSiteUrl({SITE_URL: value}, options);
      } catch (error) {
        expect(error).toBeInstanceOf(SiteUrlError);
        message = (error as Error).message;
      }
      expect(message).toContain(`SITE_URL is "${value}"`);
      expect(message).toMatch(found);
      expect(message).toContain(`\n  SITE_URL=${instead}\n`);
      // The password is not repeated in the suggestion.
      expect(message.split('Write instead')[1]).not.toContain('secreto');
    }
  });

  test('http:// is allowed only for this computer, and only in a local build (npm start)', () => {
    expect(resolveSiteUrl({SITE_URL: 'http://localhost:4000'}, {local: true}).url).toBe('http://localhost:4000');
    expect(resolveSiteUrl({SITE_URL: 'http://127.0.0.1:4000'}, {local: true}).url).toBe('http://127.0.0.1:4000');
    expect(() => resolveSiteUrl({SITE_URL: 'http://localhost:4000'})).toThrow(/starts with http:\/\//);
    expect(() => resolveSiteUrl({SITE_URL: 'http://example.org'}, {local: true})).toThrow(/starts with http:\/\//);
  });

  test('a local build (npm start) falls back to one address for this computer, whatever the port, and says so', () => {
    expect(resolveSiteUrl({}, {local: true})).toEqual({url: localSiteUrl, local: true});
    expect(resolveSiteUrl({PORT: '4321'}, {local: true}).url).toBe(resolveSiteUrl({PORT: '3000'}, {local: true}).url);
    expect(localSiteUrl).toBe('http://localhost:3000');
    expect(localSiteUrlNotice(localSiteUrl)).toMatch(/^SITE_URL is not set: .*http:\/\/localhost:3000 .*on any PORT/);
  });

  test('node site/build.mjs with SITE_URL unset exits non-zero at once, before building anything', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'site-url-'));
    const env: NodeJS.ProcessEnv = {...process.env, SITE_DIST: path.join(dist, 'dist')};
    delete env.SITE_URL;
    const started = Date.now();
    const result = spawnSync(process.execPath, ['site/build.mjs'], {env, encoding: 'utf8'});
    const seconds = (Date.now() - started) / 1000;
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('SITE_URL is not set');
    expect(result.stdout).not.toContain('Checking the content');
    expect(seconds).toBeLessThan(10);
    expect(fs.readdirSync(dist)).toEqual([]);
    fs.rmSync(dist, {recursive: true, force: true});
  });

  test('node site/build.mjs with a SITE_URL that has a path exits non-zero at once, saying what to write', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'site-url-'));
    const env: NodeJS.ProcessEnv = {...process.env, SITE_DIST: path.join(dist, 'dist'), SITE_URL: 'https://example.org/ayuda'};
    const result = spawnSync(process.execPath, ['site/build.mjs'], {env, encoding: 'utf8', timeout: 10_000});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SITE_URL is "https://example.org/ayuda": it has a path (/ayuda)');
    expect(result.stderr).toContain('SITE_URL=https://example.org');
    // A plain message, not a stack trace; nothing built.
    expect(result.stderr).not.toMatch(/\bat .*\.mjs:\d+/);
    expect(result.stdout).not.toContain('Checking the content');
    expect(fs.readdirSync(dist)).toEqual([]);
    fs.rmSync(dist, {recursive: true, force: true});
  });

  test('npm start (node site/start.mjs) with SITE_URL=http://… stops at once with the plain message, not a stack trace', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'site-url-'));
    const env: NodeJS.ProcessEnv = {...process.env, SITE_DIST: path.join(dist, 'dist'), SITE_URL: 'http://ayuda.example.org', PORT: '3979'};
    const result = spawnSync(process.execPath, ['site/start.mjs'], {env, encoding: 'utf8', timeout: 10_000});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The site was not started');
    expect(result.stderr).toContain('SITE_URL is "http://ayuda.example.org": it starts with http://');
    expect(result.stderr).toContain('\n  SITE_URL=https://ayuda.example.org\n');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(dist)).toEqual([]);
    fs.rmSync(dist, {recursive: true, force: true});
  });
});
