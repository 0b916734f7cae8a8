import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {config, formatPage, normalisePage, readPage} from '@/cms/frontmatter.mjs';
import {frontmatterSchema, kinds, audiences} from '@/lib/content/schema';
import {topicIds} from '@/lib/content/topics';

// The staff editor (cms/) writes the fields at the top of a page its own way; cms/frontmatter.mjs
// reproduces it for the one-time normalisation. These tests hold it to the editor's real output,
// and to its promise: after the normalisation, an edit changes only the lines that were edited.
const root = path.resolve(__dirname, '../..');
const pages = ['es', 'en'].flatMap((locale) =>
  fs
    .readdirSync(path.join(root, 'content', locale))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join('content', locale, name))
);
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const changedLines = (a: string, b: string) => {
  const [x, y] = [a.split('\n'), b.split('\n')];
  expect(y.length).toBe(x.length);
  return x.flatMap((line, i) => (line === y[i] ? [] : [i + 1]));
};

describe('the editor\'s way of writing fields', () => {
  it('gives the same bytes as a file Sveltia CMS 0.221.1 saved after a title edit (cms/fixtures/)', () => {
    const es = readPage(fs.readFileSync(path.join(root, 'cms/fixtures/senales-de-trata.saved-by-sveltia.mdx'), 'utf8'));
    const en = readPage(fs.readFileSync(path.join(root, 'cms/fixtures/signs-of-trafficking.saved-by-sveltia.mdx'), 'utf8'));
    // The editor's output, read and written again, is unchanged: it is the editor's form.
    for (const name of ['senales-de-trata', 'signs-of-trafficking']) {
      const saved = fs.readFileSync(path.join(root, `cms/fixtures/${name}.saved-by-sveltia.mdx`), 'utf8');
      expect(normalisePage(saved)).toBe(saved);
    }
    expect(es.fields.title).toBe('Señales de trata en un trabajo o en una pareja');
    expect(en.fields.id).toBe('signs-of-trafficking');
  });

  it('every page in content/ is already in the editor\'s form (npm run cms:normalise)', () => {
    const notNormal = pages.filter((file) => normalisePage(read(file)) !== read(file));
    expect(notNormal).toEqual([]);
  });

  it('an edit of one field, or of one line of text, changes only that line', () => {
    for (const file of pages) {
      const before = read(file);
      const page = readPage(before);
      const titleLine = before.split('\n').findIndex((line) => line.startsWith('title: ')) + 1;
      expect(changedLines(before, formatPage({...page, fields: {...page.fields, title: `${page.fields.title} (2)`}}))).toEqual([titleLine]);

      const reviewedLine = before.split('\n').findIndex((line) => line.startsWith('reviewed: ')) + 1;
      expect(changedLines(before, formatPage({...page, fields: {...page.fields, reviewed: '2027-01-15'}}))).toEqual([reviewedLine]);

      const bodyLines = page.body.split('\n');
      const target = bodyLines.findIndex((line) => /^[A-Za-zÁÉÍÓÚÑáéíóúñ¿¡]/.test(line));
      bodyLines[target] += ' Otra frase.';
      const fieldLines = before.split('\n').length - page.body.split('\n').length;
      expect(changedLines(before, formatPage({...page, body: bodyLines.join('\n')}))).toEqual([fieldLines + target + 1]);
    }
  });

  it('writes what the site accepts: each page, read back, passes the schema', () => {
    for (const file of pages) {
      const {fields} = readPage(normalisePage(read(file)));
      expect(frontmatterSchema.safeParse(fields).success, file).toBe(true);
    }
  });

  it('offers every field of the schema with the same choices', () => {
    const fields = config.collections[0].fields;
    const schemaKeys = Object.keys(frontmatterSchema.shape);
    expect(fields.map((f) => f.name).filter((n) => n !== 'body').sort()).toEqual([...schemaKeys].sort());
    const options = (name: string) => fields.find((f) => f.name === name)?.options?.map((o) => o.value);
    expect(options('kind')).toEqual([...kinds]);
    expect(options('audience')).toEqual([...audiences]);
    expect(options('topics')).toEqual([...topicIds]);
  });
});
