import {spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createSiteHandler} from './serve.mjs';

/**
 * An image of the text, end to end: `npm run build` on a copy of the fixture content (tests/fixtures/site)
 * with one image in content/images/, shown on the Spanish and the English article, then served the way
 * `npm start` serves it. One full build: npm test runs it with the other slow tests (SITE_BUILD_TESTS=1).
 */

/** A real 3 x 2 JPEG (made once with sharp, quality 50). */
const jpeg = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAMDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABAb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCeAGpH/9k=',
  'base64'
);
const served = `/media/llamada.${crypto.createHash('sha256').update(jpeg).digest('hex').slice(0, 10)}.jpg`;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'site-images-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
// Next's own folder for this build, inside the project as Next requires, apart from the real build's.
const nextDir = '.next-images';

let server: http.Server;
let base: string;

beforeAll(async () => {
  fs.cpSync('tests/fixtures/site', content, {recursive: true});
  fs.mkdirSync(path.join(content, 'images'));
  fs.writeFileSync(path.join(content, 'images', 'llamada.jpg'), jpeg);
  fs.appendFileSync(path.join(content, 'es', 'senales-de-trata.mdx'), '\n![Una mujer habla por teléfono](images/llamada.jpg)\n');
  fs.appendFileSync(path.join(content, 'en', 'signs-of-trafficking.mdx'), '\n![A woman talks on the phone](images/llamada.jpg)\n');
  const build = spawnSync(process.execPath, ['site/build.mjs'], {
    env: {...process.env, CONTENT_DIR: content, SITE_DIST: dist, NEXT_DIST_DIR: nextDir, SITE_URL: 'https://salida-segura.example'},
    encoding: 'utf8'
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  server = http.createServer(createSiteHandler(dist));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as {port: number}).port}`;
}, 300_000);

afterAll(() => {
  server?.close();
  fs.rmSync(work, {recursive: true, force: true});
  fs.rmSync(nextDir, {recursive: true, force: true});
});

describe('an image of the text in the built site', () => {
  it('is shown on both articles with its width, height, description and lazy loading', async () => {
    for (const [page, alt] of [
      ['/es/articulos/senales-de-trata', 'Una mujer habla por teléfono'],
      ['/en/articles/signs-of-trafficking', 'A woman talks on the phone']
    ]) {
      const html = await (await fetch(`${base}${page}`)).text();
      expect(html).toContain(`<img class="content-image" src="${served}" alt="${alt}" width="3" height="2" loading="lazy" decoding="async"/>`);
    }
  });

  it('is served with status 200, its type and a year of caching, and only the images pages show are published', async () => {
    const response = await fetch(`${base}${served}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(jpeg);
    expect(fs.readdirSync(path.join(dist, 'site', 'media'))).toEqual([path.basename(served)]);
    expect((await fetch(`${base}/media/llamada.jpg`)).status).toBe(404);
  });
});
