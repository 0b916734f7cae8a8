import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it, vi} from 'vitest';
import {loadContent, type Problem} from '@/lib/content/load';
import {article, contentFolder, fm, type Write} from './content-fixture';

/**
 * The mistakes editors make in a file as a whole and in the fields at the top: each gives one
 * plain message, with file and line, saying what is there and what to do. Hostile files
 * (huge, or a few lines of & and * that stand for billions of values) are refused in well under
 * a second. Drafts give the same problems in the check (with drafts) and in the build (without).
 */

// A correctness bound for hostile input, not a benchmark: the old code took minutes or crashed.
const FAST_MS = 1000;

/** The core pages and one article in both languages; `change` edits them, then the folder is loaded. */
function site(change: (write: Write, root: string) => void, includeDrafts = false) {
  const {root, write} = contentFolder('mistakes-');
  write('es/senales-de-trata.mdx', article('es') + '\nTexto.\n');
  write('en/signs-of-trafficking.mdx', article('en') + '\nText.\n');
  change(write, root);
  return {dir: path.basename(root), ...loadContent({root, includeDrafts})};
}

/** The Spanish article rewritten (the English one stays right): the site loaded. */
function spanishFile(fields: string) {
  return site((w) => w('es/senales-de-trata.mdx', fields + '\nTexto.\n'));
}

/** How long loading a folder holding only `file` takes, and its problems. */
function timed(name: string, content: string | Buffer) {
  const {root, write} = contentFolder('hostile-');
  for (const dir of ['es', 'en']) fs.rmSync(path.join(root, dir), {recursive: true});
  write(`es/${name}`, '');
  fs.writeFileSync(path.join(root, 'es', name), content);
  const start = performance.now();
  const {problems} = loadContent({root, includeDrafts: true});
  return {ms: performance.now() - start, problems, dir: path.basename(root)};
}

const problemOf = (dir: string, file: string, p: Omit<Problem, 'file'>): Problem => ({file: `${dir}/${file}`, ...p});

// The first load compiles the Markdown parser; the time limits are about the files, not that.
beforeAll(() => {
  site(() => {});
});

describe('the file as a whole', () => {
  it('refuses a 20 MB file before reading it, in well under a second', () => {
    const {ms, problems, dir} = timed('enorme.mdx', Buffer.alloc(20 * 1024 * 1024, 'a'));
    expect(problems).toEqual([
      problemOf(dir, 'es/enorme.mdx', {
        line: 1,
        field: 'file',
        expected: 'a file of at most 200 KB: split the page into two pages',
        found: 'a file of 20.0 MB'
      })
    ]);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('refuses a file just over 200 KB, says its size, and nothing on the other language', () => {
    const {problems, dir} = spanishFile(article('es') + 'a'.repeat(201 * 1024));
    expect(problems).toEqual([
      problemOf(dir, 'es/senales-de-trata.mdx', {
        line: 1,
        field: 'file',
        expected: 'a file of at most 200 KB: split the page into two pages',
        found: 'a file of 202 KB'
      })
    ]);
  });

  it('refuses a file not saved as UTF-8, on the line of the first wrong character', () => {
    // "Señales" saved by an old editor as Latin-1: ñ is the single byte 0xF1.
    const {problems, dir} = site((w, root) =>
      fs.writeFileSync(
        path.join(root, 'es/senales-de-trata.mdx'),
        Buffer.from(article('es') + '\nTexto.\n\nSeñales de trata.\n', 'latin1')
      )
    );
    expect(problems).toEqual([
      problemOf(dir, 'es/senales-de-trata.mdx', {
        line: 3,
        field: 'file',
        expected: 'the file saved as UTF-8: in your text editor choose "Save with encoding" and pick UTF-8',
        found: 'a character that is not UTF-8, right after: title: "Se'
      })
    ]);
  });

  it('accepts a byte-order mark, as Notepad writes it', () => {
    const {problems, entries} = site((w) => w('es/senales-de-trata.mdx', '\uFEFF' + article('es') + '\nTexto.\n'));
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.slug === 'senales-de-trata')?.title).toBe('Señales de trata de personas');
  });

  it('refuses a file name Next.js uses itself, such as opengraph-image', () => {
    const {problems, dir} = site((w) => {
      w('es/opengraph-image.mdx', article('es', {id: 'share'}) + '\nTexto.\n');
      w('en/share.mdx', article('en', {id: 'share'}) + '\nText.\n');
    });
    expect(problems).toEqual([
      problemOf(dir, 'es/opengraph-image.mdx', {
        line: 1,
        field: 'file name',
        expected: 'another name for the file: the site uses "opengraph-image" itself',
        found: 'opengraph-image.mdx'
      })
    ]);
  });

  it('refuses the address of a fixed page for a core page only', () => {
    const page = {kind: 'page', source: '', id: 'search-page'};
    const {problems, dir} = site((w) => {
      w('es/buscar.mdx', article('es', page).replace('source: \n', '') + '\nTexto.\n');
      w('en/search-page.mdx', article('en', page).replace('source: \n', '') + '\nText.\n');
      // An article may be called tarjeta: its address is /es/articulos/tarjeta.
      w('es/tarjeta.mdx', article('es', {id: 'card-article'}) + '\nTexto.\n');
      w('en/card-article.mdx', article('en', {id: 'card-article'}) + '\nText.\n');
    });
    expect(problems).toEqual([
      problemOf(dir, 'es/buscar.mdx', {
        line: 1,
        field: 'file name',
        expected: 'another name for the file: the site uses "buscar" itself',
        found: 'buscar.mdx'
      })
    ]);
  });
});

describe('the fields at the top', () => {
  const onSpanish = (dir: string, p: Omit<Problem, 'file'>) => problemOf(dir, 'es/senales-de-trata.mdx', p);

  it('refuses & and * (an alias bomb) in well under a second, on the line of the first', () => {
    // Each line stands for nine of the line before: a few hundred bytes stand for billions of values.
    const lines = ['&a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 20; i++)
      lines.push(
        `l${i}: &l${i} [${Array(9)
          .fill(i ? `*l${i - 1}` : '*a')
          .join(', ')}]`
      );
    const {ms, problems, dir} = timed('bomba.mdx', article('es', {id: 'bomb', lol: lines.join('\n')}) + '\nTexto.\n');
    expect(problems).toEqual([
      problemOf(dir, 'es/bomba.mdx', {
        line: 13,
        field: 'the fields at the top',
        expected:
          'each value written out: the fields at the top do not use & or * (a value that starts with & or * goes in straight quotes)',
        found: '"&a" (and 200 more & or *)'
      })
    ]);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('explains a value that starts with *', () => {
    const {problems, dir} = spanishFile(article('es', {title: '*Nuevo* artículo sobre la trata'}));
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 3,
        field: 'the fields at the top',
        expected:
          'each value written out: the fields at the top do not use & or * (a value that starts with & or * goes in straight quotes)',
        found: '"*Nuevo*"'
      })
    ]);
  });

  it('names curly quotes around a value with a colon, once, and nothing on the other language', () => {
    const {problems, dir} = spanishFile(article('es', {title: '“Trata: lo que debes saber”'}));
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 3,
        field: 'title',
        expected:
          'straight quotes: replace the curly quotes “ ” with straight quotes ", like title: "Trata: lo que debes saber"',
        found: 'curly quotes in “Trata: lo que debes saber”'
      })
    ]);
  });

  it('names curly quotes that would otherwise show on the site', () => {
    const {problems, dir} = spanishFile(article('es', {title: '“Señales de trata de personas”'}));
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 3,
        field: 'title',
        expected:
          'straight quotes: replace the curly quotes “ ” with straight quotes ", like title: "Señales de trata de personas"',
        found: 'curly quotes in “Señales de trata de personas”'
      })
    ]);
  });

  it('names curly quotes in a list, and keeps curly quotes inside a value (they are the text)', () => {
    const {problems, dir} = spanishFile(
      article('es', {topics: '[“signs”, “safety”]', title: '"Qué es la “trata” de personas"'})
    );
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 7,
        field: 'topics',
        expected:
          'straight quotes: replace the curly quotes “ ” with straight quotes ", like topics: ["signs", "safety"]',
        found: 'curly quotes in [“signs”, “safety”]'
      })
    ]);
  });

  it('gives one message per line with a tab, and nothing else', () => {
    const {problems, dir} = spanishFile(
      article('es', {source: '\n\torganization: "Polaris"\n\ttitle: "Recognizing the signs"', description: '\t"x"'})
    );
    const tab = {field: '', expected: 'spaces instead of the tab: replace the tab with spaces'};
    expect(problems).toEqual([
      onSpanish(dir, {...tab, line: 4, field: 'description', found: 'a tab in the field "description"'}),
      // Mended, the fields are still checked: the description is too short.
      onSpanish(dir, {
        line: 4,
        field: 'description',
        expected: 'a description of at least 50 characters (it is shown by search engines and on share cards)',
        found: '"x" (1 characters)'
      }),
      onSpanish(dir, {
        ...tab,
        line: 10,
        field: 'source.organization',
        found: 'a tab before the field "source.organization"'
      }),
      onSpanish(dir, {...tab, line: 11, field: 'source.title', found: 'a tab before the field "source.title"'})
    ]);
  });

  it('names a field with a tab before it by its own name, not as part of the field above', () => {
    const {problems, dir} = spanishFile(article('es').replace('audience:', '\taudience:'));
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 6,
        field: 'audience',
        expected: 'spaces instead of the tab: replace the tab with spaces',
        found: 'a tab before the field "audience"'
      })
    ]);
  });

  it('does not call links to a file with broken fields broken: only that file is reported', () => {
    const {problems, dir} = site((w) => {
      w('es/senales-de-trata.mdx', article('es', {title: '“Señales de trata de personas”'}) + '\nTexto.\n');
      w(
        'es/ayuda.mdx',
        fm({
          id: 'get-help',
          title: '"Página ayuda of the site"',
          description: '"A description that is long enough for the content check to accept it."',
          kind: 'page',
          audience: 'everyone',
          topics: '[safety]',
          published: '2026-11-01'
        }) + '\nLee [las señales](/es/articulos/senales-de-trata).\n'
      );
    });
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([[`${dir}/es/senales-de-trata.mdx`, 3, 'title']]);
  });

  it('explains a field without ": "', () => {
    const {problems, dir} = spanishFile(article('es').replace('title: ', 'title '));
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 3,
        field: 'the fields at the top',
        expected: 'a field written as name: value, with a colon and a space after the name, like title: "Hola"',
        found: 'the line: title "Señales de trata de personas"'
      })
    ]);
  });

  it('explains a missing closing quote on the line that opened it', () => {
    const {problems, dir} = spanishFile(article('es').replace('personas"', 'personas'));
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 3,
        field: 'title',
        expected: 'a closing quote at the end of the value, like title: "Hola"',
        found: 'the line: title: "Señales de trata de personas'
      })
    ]);
  });

  it('explains a field written twice', () => {
    const {problems, dir} = spanishFile(article('es', {audience: 'survivors\naudience: everyone'}));
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 7,
        field: 'audience',
        expected: 'each field written once: "audience" is already written above (remove one of them)',
        found: 'the line: audience: everyone'
      })
    ]);
  });

  it('explains a value with ": " that is not in quotes', () => {
    const {problems, dir} = spanishFile(article('es', {title: 'Trata: lo que debes saber'}));
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 3,
        field: 'title',
        expected: 'the value in straight quotes, because it contains ": ", like title: "Trata: lo que debes saber"',
        found: 'the line: title: Trata: lo que debes saber'
      })
    ]);
  });

  it('explains a field out of place once, not once per line after it', () => {
    const {problems, dir} = spanishFile(article('es').replace('  title: "Recognizing', ' title: "Recognizing'));
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 11,
        field: 'source.title',
        expected: 'each field at the start of its line (only the fields under source: start with two spaces)',
        found: 'the line: title: "Recognizing the signs"'
      })
    ]);
  });

  it('explains a list without its closing ]', () => {
    const {problems, dir} = spanishFile(article('es', {topics: '[signs, safety'}));
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 7,
        field: 'topics',
        expected: 'a list closed with ], like topics: [safety, rights]',
        found: 'the line: topics: [signs, safety'
      })
    ]);
  });

  it('refuses thousands of fields in well under a second, as fields whose closing --- is missing', () => {
    const fields = Object.fromEntries(Array.from({length: 5000}, (_, i) => [`field${i}`, '"a value"']));
    const {ms, problems, dir} = timed('campos.mdx', fm({id: 'many', ...fields}));
    expect(problems).toEqual([
      problemOf(dir, 'es/campos.mdx', {
        line: 1,
        field: 'the fields at the top',
        expected:
          'at most 60 lines of fields, ended by a line of --- (check that the --- after the last field is there)',
        found: '5001 lines (103898 characters) before the next line of ---, on line 5003'
      })
    ]);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('names a missing --- after the fields when the text has a line of --- further down', () => {
    const text = Array.from({length: 70}, (_, i) => `Párrafo ${i + 1}.\n`).join('\n');
    const {problems, dir} = spanishFile(article('es').replace(/---\n$/, '') + '\n' + text + '\n---\n\nFin.\n');
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 1,
        field: 'the fields at the top',
        expected:
          'at most 60 lines of fields, ended by a line of --- (check that the --- after the last field is there)',
        found: '152 lines (1234 characters) before the next line of ---, on line 154'
      })
    ]);
  });

  it('names the fields at the top in plain words when the block is missing', () => {
    const {problems, dir} = spanishFile(article('es').replace(/^---\n/, ''));
    expect(problems).toEqual([
      onSpanish(dir, {
        line: 1,
        field: 'the fields at the top',
        expected: 'the file to start with a block of fields between two lines of ---',
        found: '"id: signs-of-trafficking"'
      })
    ]);
  });
});

describe('a copied file whose id was not changed', () => {
  const expected = 'an id of its own: give this file a new id, and the same new id in its English version';
  const found = (dir: string) =>
    `"signs-of-trafficking", the id of ${dir}/es/senales-de-trata.mdx (this file looks like a copy of it)`;

  it('is reported on the copy, the newer file, even when its name sorts first', () => {
    const {problems, dir} = site((w, root) => {
      w('es/a-copia.mdx', article('es') + '\nTexto.\n');
      fs.utimesSync(path.join(root, 'es/senales-de-trata.mdx'), new Date('2026-01-01'), new Date('2026-01-01'));
    });
    expect(problems).toEqual([problemOf(dir, 'es/a-copia.mdx', {line: 2, field: 'id', expected, found: found(dir)})]);
  });

  it('is reported on the file not yet committed, whatever the file dates say', () => {
    const {problems, dir} = site((w, root) => {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
          cwd: root,
          stdio: 'pipe'
        });
      git('init', '-q');
      git('add', '.');
      git('commit', '-qm', 'The pages');
      w('es/z-copia.mdx', article('es') + '\nTexto.\n');
      // The original was edited after the copy was made: the dates alone would blame it.
      fs.utimesSync(path.join(root, 'es/z-copia.mdx'), new Date('2026-01-01'), new Date('2026-01-01'));
    });
    expect(problems).toEqual([problemOf(dir, 'es/z-copia.mdx', {line: 2, field: 'id', expected, found: found(dir)})]);
  });
});

describe('drafts: the check and the build give the same problems', () => {
  /** The problems with drafts (the check) and without (the build), which must be the same. */
  function both(change: (write: Write) => void) {
    const check = site(change, true);
    const build = site(change, false);
    // Each run has its own folder: compare the problems without its name.
    const strip = (ps: Problem[], dir: string): Problem[] => JSON.parse(JSON.stringify(ps).replaceAll(`${dir}/`, ''));
    expect(strip(build.problems, build.dir)).toEqual(strip(check.problems, check.dir));
    return {check, build, problems: strip(check.problems, check.dir)};
  }

  it('a draft in one language needs no twin, is previewed, and is not built', () => {
    const {check, build, problems} = both((w) =>
      w('es/borrador.mdx', article('es', {id: 'a-draft', draft: 'true'}) + '\nTexto.\n')
    );
    expect(problems).toEqual([]);
    expect(check.entries.some((e) => e.id === 'a-draft')).toBe(true);
    expect(build.entries.some((e) => e.id === 'a-draft')).toBe(false);
  });

  it('a published page whose twin is a draft is reported on the published page', () => {
    const {problems} = both((w) => {
      w('es/borrador.mdx', article('es', {id: 'half', draft: 'true'}) + '\nTexto.\n');
      w('en/half.mdx', article('en', {id: 'half'}) + '\nText.\n');
    });
    expect(problems).toEqual([
      {
        file: 'en/half.mdx',
        line: 2,
        field: 'draft',
        expected: '"draft: true" here too, or publish both (remove "draft: true" from es/borrador.mdx)',
        found: 'its Spanish version is a draft (es/borrador.mdx)'
      }
    ]);
  });

  it('a published page linking to a draft is reported on the link', () => {
    const {problems} = both((w) => {
      w('es/borrador.mdx', article('es', {id: 'a-draft', draft: 'true'}) + '\nTexto.\n');
      w('es/senales-de-trata.mdx', article('es') + '\nTexto.\n\nLee [el borrador](/es/articulos/borrador).\n');
    });
    expect(problems).toEqual([
      {
        file: 'es/senales-de-trata.mdx',
        line: 17,
        field: 'link',
        expected:
          'a link to a published page: remove the link, or publish that page (remove "draft: true" from es/borrador.mdx)',
        found: '/es/articulos/borrador, a draft that will not be on the site'
      }
    ]);
  });

  it('a draft may link to a draft', () => {
    const {problems} = both((w) => {
      w('es/borrador.mdx', article('es', {id: 'a-draft', draft: 'true'}) + '\nTexto.\n');
      w('es/otro-borrador.mdx', article('es', {id: 'b-draft', draft: 'true'}) + '\nVer [x](/es/articulos/borrador).\n');
    });
    expect(problems).toEqual([]);
  });

  it('builds the page lists with a one-language draft, in the build and in the preview', async () => {
    const {root, write} = contentFolder('pages-');
    fs.cpSync('tests/fixtures/site', root, {recursive: true});
    write('es/borrador.mdx', article('es', {id: 'a-draft', draft: 'true'}) + '\nTexto.\n');
    vi.stubEnv('CONTENT_DIR', root);
    try {
      for (const mode of ['production', 'development']) {
        vi.stubEnv('NODE_ENV', mode);
        vi.resetModules();
        const {allPagesOf, pathsOf} = await import('@/lib/pages');
        const paths = (['es', 'en'] as const).flatMap((l) => allPagesOf(l).map(pathsOf));
        // The draft is in the preview only, and its missing English twin leads to the English home.
        expect(paths.filter((p) => p.es === '/es/articulos/borrador')).toEqual(
          mode === 'development' ? [{es: '/es/articulos/borrador', en: '/en'}] : []
        );
      }
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
