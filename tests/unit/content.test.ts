import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {loadContent, type Problem} from '@/lib/content/load';
import {formatProblems} from '@/lib/content';
import {article, contentFolder, fm, type Write} from './content-fixture';

/**
 * Each way an editor can get a file wrong gives exactly one clear problem:
 * file, line, field, what was expected and what was found.
 */

let roots: string[] = [];
afterEach(() => {
  roots.forEach((r) => fs.rmSync(r, {recursive: true, force: true}));
  roots = [];
});

/** A small valid site; `change` edits it before loading. */
function site(change: (write: Write) => void = () => {}) {
  const {root, write} = contentFolder('content-', (locale) => `\nText with a [link](/${locale}).\n`);
  for (const locale of ['es', 'en'] as const) {
    const slug = locale === 'es' ? 'senales-de-trata' : 'signs-of-trafficking';
    write(`${locale}/${slug}.mdx`, article(locale) + `\n## Title\n\nText.\n\n<Hotline id="human-trafficking" />\n`);
  }
  change(write);
  return loadContent({root, includeDrafts: false});
}

const only = (problems: Problem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0];
};

describe('content pipeline', () => {
  it('accepts a valid site', () => {
    const {entries, problems} = site();
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(10);
    const es = entries.find((e) => e.locale === 'es' && e.kind === 'article')!;
    expect(es.href).toBe('/es/articulos/senales-de-trata');
    expect(es.readingMinutes).toBe(1);
  });

  it('names a missing field', () => {
    const {problems} = site((w) =>
      w('en/signs-of-trafficking.mdx', article('en').replace(/^audience: .*\n/m, '') + '\nText.\n')
    );
    const p = only(problems);
    expect(p.file).toMatch(/^content-\w+\/en\/signs-of-trafficking\.mdx$/);
    expect(p).toEqual({
      file: p.file,
      line: 2,
      field: 'audience',
      expected: 'one of "survivors", "advocates", "everyone"',
      found: 'nothing'
    });
  });

  it('names an unknown field with its line', () => {
    const {problems} = site((w) => w('en/signs-of-trafficking.mdx', article('en', {author: 'Ana'}) + '\nText.\n'));
    const p = only(problems);
    expect(p).toMatchObject({line: 13, field: 'author', found: 'an unknown field "author"'});
    expect(p.expected).toBe('only the fields listed in content/README.md');
  });

  it('rejects a date that is not a real date', () => {
    const {problems} = site((w) =>
      w('es/senales-de-trata.mdx', article('es', {published: '2026-02-30'}) + '\nTexto.\n')
    );
    expect(only(problems)).toMatchObject({
      line: 8,
      field: 'published',
      expected: 'a date written as YYYY-MM-DD, like 2026-11-22',
      found: '"2026-02-30" (10 characters)'
    });
  });

  it('rejects a topic that is not in the list', () => {
    const {problems} = site((w) =>
      w('es/senales-de-trata.mdx', article('es', {topics: '[signs, cooking]'}) + '\nTexto.\n')
    );
    const p = only(problems);
    expect(p).toMatchObject({line: 7, field: 'topics.1', found: '"cooking" (7 characters)'});
    expect(p.expected).toMatch(/^a topic from the list: "signs", "rights", /);
  });

  it('rejects a source address that is not a web address', () => {
    const {problems} = site((w) =>
      w(
        'en/signs-of-trafficking.mdx',
        article('en', {source: '\n  organization: "Polaris"\n  title: "Signs"\n  url: "polarisproject.org"'}) +
          '\nText.\n'
      )
    );
    expect(only(problems)).toMatchObject({
      line: 12,
      field: 'source.url',
      expected: 'a full, secure web address starting with https://',
      found: '"polarisproject.org" (18 characters)'
    });
  });

  it('rejects a source address that is not secure', () => {
    const {problems} = site((w) =>
      w(
        'en/signs-of-trafficking.mdx',
        article('en', {source: '\n  organization: "Polaris"\n  title: "Signs"\n  url: "http://polarisproject.org/"'}) +
          '\nText.\n'
      )
    );
    expect(only(problems)).toMatchObject({
      line: 12,
      field: 'source.url',
      expected: 'a full, secure web address starting with https://'
    });
  });

  it('reports links in the text that are not secure or not of this site, with their lines', () => {
    const {problems} = site((w) =>
      w(
        'es/senales-de-trata.mdx',
        article('es') +
          '\n[Polaris](http://polarisproject.org/)\n\n[ayuda](ayuda)\n\n[x](javascript:alert(1))\n\n' +
          '[bien](https://polarisproject.org/) [correo](mailto:a@b.org) [arriba](#titulo) [llamar](tel:911)\n'
      )
    );
    expect(problems.map((p) => [p.line, p.field, p.found])).toEqual([
      [15, 'link', 'http://polarisproject.org/'],
      [17, 'link', 'ayuda'],
      [19, 'link', 'javascript:alert(1)']
    ]);
    expect(problems[0].expected).toMatch(
      /^a link starting with \/es\/ or \/en\/ \(this site\), https:\/\/ \(another site\)/
    );
  });

  it('rejects a duplicate slug: a page may not take an index address', () => {
    const {problems} = site((w) =>
      w(
        'es/articulos.mdx',
        fm({
          id: 'articles-page',
          title: '"Una página con nombre repetido"',
          description: '"A description that is long enough for the content check to accept it."',
          kind: 'page',
          audience: 'everyone',
          topics: '[safety]',
          published: '2026-11-01'
        }) + '\nTexto.\n'
      )
    );
    expect(problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.field])).toEqual([
      ['es/articulos.mdx', 'file name'],
      ['es/articulos.mdx', 'id']
    ]);
    expect(problems[0].expected).toBe('another name for the file: the site uses "articulos" itself');
  });

  it('rejects a duplicate id in one language, on the newer file', () => {
    const {root, write} = contentFolder('content-');
    write('es/senales-de-trata.mdx', article('es') + '\nTexto.\n');
    write('en/signs-of-trafficking.mdx', article('en') + '\nText.\n');
    write('es/otra-copia.mdx', article('es') + '\nTexto.\n');
    fs.utimesSync(path.join(root, 'es/senales-de-trata.mdx'), new Date('2026-01-01'), new Date('2026-01-01'));
    const {problems} = loadContent({root, includeDrafts: false});
    const p = only(problems);
    expect(p).toMatchObject({field: 'id', line: 2});
    expect(p.file).toMatch(/es\/otra-copia\.mdx$/);
    expect(p.found).toMatch(
      /^"signs-of-trafficking", the id of .*es\/senales-de-trata\.mdx \(this file looks like a copy of it\)$/
    );
  });

  it('reports a missing translation', () => {
    const {problems} = site((w) => w('es/solo-en-espanol.mdx', article('es', {id: 'only-spanish'}) + '\nTexto.\n'));
    expect(only(problems)).toMatchObject({
      line: 2,
      field: 'id',
      expected: 'a matching file in content/en/ with "id: only-spanish" (every page exists in both languages)',
      found: 'none'
    });
  });

  it('reports a broken internal link with its line', () => {
    const {problems} = site((w) =>
      w('en/signs-of-trafficking.mdx', article('en') + '\nLine one.\n\nSee [help](/en/no-such-page).\n')
    );
    expect(only(problems)).toMatchObject({
      line: 17,
      field: 'link',
      expected:
        'a link to a page of this site that exists: copy the address from the page in the preview; pages are /en/ and the file name, articles /en/articles/ and the file name, guides /en/guides/ and the file name (without .mdx), like /en/articles/signs-of-trafficking',
      found: '/en/no-such-page'
    });
  });

  it('reports an unknown component, raw HTML and code', () => {
    const {problems} = site((w) =>
      w('en/signs-of-trafficking.mdx', article('en') + '\n<Video src="x" />\n\n<script>alert(1)</script>\n\n{1 + 1}\n')
    );
    expect(problems.map((p) => [p.line, p.found])).toEqual([
      [15, '<Video>'],
      [17, '<script>'],
      [19, '{1 + 1}']
    ]);
    expect(problems[0].expected).toMatch(/^one of the components <Hotline>, <Callout>/);
  });

  it('reports an unknown hotline id', () => {
    const {problems} = site((w) => w('en/signs-of-trafficking.mdx', article('en') + '\n<Hotline id="nope" />\n'));
    expect(only(problems)).toMatchObject({line: 15, field: '<Hotline> id', found: '"nope"'});
  });

  it('reports a box never closed with its line', () => {
    const {problems} = site((w) =>
      w('en/signs-of-trafficking.mdx', article('en') + '\nText\n\n<Callout kind="info">\n')
    );
    const p = only(problems);
    expect(p).toMatchObject({field: 'text', line: 17, found: 'the box <Callout> that starts on line 17, never closed'});
    expect(p.expected).toMatch(/^<\/Callout> on a line of its own where the box should end/);
  });

  it('keeps drafts out of production builds', () => {
    const {entries, problems} = site((w) => {
      w('es/borrador.mdx', article('es', {id: 'a-draft', draft: 'true'}) + '\nTexto.\n');
      w('en/draft.mdx', article('en', {id: 'a-draft', draft: 'true'}) + '\nText.\n');
    });
    expect(problems).toEqual([]);
    expect(entries.some((e) => e.id === 'a-draft')).toBe(false);
  });

  it('formats problems as file:line  field  expected  found', () => {
    expect(
      formatProblems([{file: 'content/es/a.mdx', line: 3, field: 'title', expected: 'a title', found: 'nothing'}])
    ).toBe('content/es/a.mdx:3  title  expected a title  found nothing');
  });
});

describe('the real content', () => {
  it('has no problems', () => {
    const {entries, problems} = loadContent({root: 'content', includeDrafts: true});
    expect(formatProblems(problems)).toBe('');
    for (const id of ['get-help', 'browse-safely', 'quick-exit', 'about']) {
      expect(
        entries
          .filter((e) => e.id === id)
          .map((e) => e.locale)
          .sort()
      ).toEqual(['en', 'es']);
    }
  });
});

describe('the build', () => {
  it('stops with every problem, as content:check prints them, when a file is wrong', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-build-'));
    roots.push(root);
    fs.cpSync('tests/fixtures/site', root, {recursive: true});
    const file = path.join(root, 'en', 'signs-of-trafficking.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^audience: .*$/m, 'audience: victims'));
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = root;
    try {
      vi.resetModules();
      // The same module the pages, share images and sitemap read their content from.
      const {allEntries, ContentError} = await import('@/lib/content');
      expect(() => allEntries()).toThrow(ContentError);
      expect(() => allEntries()).toThrow(
        /The content has 1 problem\. Fix it and build again[^\n]*\n.*en\/signs-of-trafficking\.mdx:6  audience  expected one of "survivors", "advocates", "everyone"  found "victims"/
      );
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
    }
  });
});
