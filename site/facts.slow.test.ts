import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import rawHotlines from '../content/hotlines.json';

/**
 * One record, every page: `npm run build` on a copy of the fixture content (tests/fixtures/site) whose
 * own content/hotlines.json says something else about the trafficking line (another operator, another
 * summary of what it shares). Every page that shows the line's facts, in both languages, must say what
 * that record says and nothing of the real one. One full build: npm test runs it with the other slow tests.
 */

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'site-facts-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const nextDir = '.next-facts';

const record = structuredClone(rawHotlines);
const line = record.find((h) => h.id === 'human-trafficking')!;
const real = {operator: line.operator!.name, summary: line.sharing.summary};
line.operator!.name = 'Fixture Helpline Group';
line.operator!.since = '2027-03-01';
line.sharing.summary = {
  es: 'Resumen de prueba: la línea cuenta todo a la Oficina de Prueba.',
  en: 'Test summary: the line tells the Test Office everything.'
};

const pages = {
  es: ['es/ayuda.mdx', 'es/senales-de-trata.mdx', 'es/guia-de-prueba.mdx'],
  en: ['en/get-help.mdx', 'en/signs-of-trafficking.mdx', 'en/test-guide.mdx']
};
const built = {
  es: ['es/ayuda.html', 'es/articulos/senales-de-trata.html', 'es/guias/guia-de-prueba.html'],
  en: ['en/get-help.html', 'en/articles/signs-of-trafficking.html', 'en/guides/test-guide.html']
};

beforeAll(() => {
  fs.cpSync('tests/fixtures/site', content, {recursive: true});
  fs.writeFileSync(path.join(content, 'hotlines.json'), JSON.stringify(record, null, 2));
  for (const locale of ['es', 'en'] as const) {
    for (const file of pages[locale]) {
      const said =
        locale === 'es'
          ? 'La línea la atiende <HotlineOperator id="human-trafficking" />.'
          : 'The line is run by <HotlineOperator id="human-trafficking" />.';
      fs.appendFileSync(path.join(content, file), `\n${said}\n\n<HotlineSharing id="human-trafficking" />\n`);
    }
  }
  const build = spawnSync(process.execPath, ['site/build.mjs'], {
    env: {
      ...process.env,
      CONTENT_DIR: content,
      SITE_DIST: dist,
      NEXT_DIST_DIR: nextDir,
      SITE_URL: 'https://salida-segura.example'
    },
    encoding: 'utf8'
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
}, 300_000);

afterAll(() => {
  fs.rmSync(work, {recursive: true, force: true});
  fs.rmSync(nextDir, {recursive: true, force: true});
});

describe('a change to the record', () => {
  for (const locale of ['es', 'en'] as const) {
    it(`shows on every page that uses it, in ${locale === 'es' ? 'Spanish' : 'English'}, and the old facts are gone`, () => {
      for (const file of built[locale]) {
        const html = fs.readFileSync(path.join(dist, 'site', file), 'utf8');
        const sharing = /<aside[^>]*data-fact="human-trafficking-sharing"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
        expect(sharing, file).toContain('Fixture Helpline Group');
        expect(sharing, file).toContain(line.sharing.summary[locale]);
        expect(html, file).toMatch(
          /<span data-fact="human-trafficking-operator">Fixture Helpline Group \([^)]*2027\)<\/span>/
        );
        expect(html, file).not.toContain(real.operator);
        expect(html, file).not.toContain(real.summary[locale]);
      }
    });
  }
});
