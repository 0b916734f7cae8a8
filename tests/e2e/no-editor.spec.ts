import fs from 'node:fs';
import path from 'node:path';
import {test, expect} from '@playwright/test';

// The staff editor (cms/, npm run cms) never reaches the published site: no file of it in the build
// (dist/site, after npm run build), and none of its addresses answered by the server.
const site = path.resolve(__dirname, '../../dist/site');
const filesOf = (dir: string): string[] =>
  fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesOf(full) : [full];
  });

test('the build holds no file of the editor', () => {
  expect(fs.existsSync(site), 'a build in dist/site (npm run build)').toBe(true);
  const files = filesOf(site);
  expect(files.length).toBeGreaterThan(100);
  const editorNames = files.filter((file) => /(^|\/)(cms|admin|vendor)(\/|$)|sveltia|config\.ya?ml$|boxes\.mjs$/i.test(path.relative(site, file)));
  expect(editorNames).toEqual([]);
  const text = files.filter((file) => /\.(html|js|mjs|css|json|xml|txt|webmanifest|yml)$/.test(file));
  const mentions = text.filter((file) => /sveltia|cms-config-url|registerEditorComponent/i.test(fs.readFileSync(file, 'utf8')));
  expect(mentions.map((file) => path.relative(site, file))).toEqual([]);
});

test('the site answers none of the editor\'s addresses', async ({request}) => {
  for (const address of ['/cms/', '/cms/index.html', '/cms/config.yml', '/admin/', '/config.yml', '/main.js', '/vendor/sveltia/npm/index.js']) {
    // A trailing slash is first taken off (308), like every address of the site.
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
  }
});
