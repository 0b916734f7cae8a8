import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {localSiteUrlNotice, missingSiteUrlMessage, resolveSiteUrl, SiteUrlError} from './site-url.mjs';

describe('the public address a build uses', () => {
  test('a deployment build (npm run build) without SITE_URL stops with a plain message', () => {
    expect(() => resolveSiteUrl({})).toThrow(SiteUrlError);
    expect(() => resolveSiteUrl({SITE_URL: '  '})).toThrow(missingSiteUrlMessage);
    expect(missingSiteUrlMessage).toMatch(/SITE_URL=https:\/\/\S+ npm run build/);
  });

  test('SITE_URL, when set, is used as it is, for deployment and local builds alike', () => {
    expect(resolveSiteUrl({SITE_URL: 'https://example.org'})).toEqual({url: 'https://example.org', local: false});
    expect(resolveSiteUrl({SITE_URL: 'https://example.org'}, {localPort: 3000})).toEqual({url: 'https://example.org', local: false});
  });

  test('a local build (npm start) falls back to this machine at its port, and says so', () => {
    expect(resolveSiteUrl({}, {localPort: 4321})).toEqual({url: 'http://localhost:4321', local: true});
    expect(localSiteUrlNotice('http://localhost:4321')).toMatch(/^SITE_URL is not set: .*http:\/\/localhost:4321/);
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
});
