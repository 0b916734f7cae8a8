import {describe, expect, it} from 'vitest';
import {loadContent} from '@/lib/content/load';
import {problemInSpanish, problemLine} from '@/lib/content/problems-es';
import {contentFolder} from './content-fixture';
import {mistakes} from './problems-es.mistakes';

/** The preview's problem lines on a Spanish page are in Spanish (lib/content/problems-es.ts). */
describe('problem lines in Spanish', () => {
  it.each(mistakes)('%s: every line is said in Spanish', (_, es, en, name = 'mi-articulo.mdx') => {
    const {root, write} = contentFolder('problems-es-');
    write(`es/${name}`, es);
    if (en) write('en/my-article.mdx', en);
    const problems = loadContent({root, includeDrafts: true}).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(problemInSpanish(p), `${p.expected} / ${p.found}`).not.toBeNull();
      const line = problemLine(p, 'es');
      expect(line).toMatch(/  se esperaba .+  se encontró /);
      expect(line).not.toMatch(/ (expected|found|the|with|of|and|to|or) /);
    }
  });

  it('says a date, a missing twin and a stray sign as a Spanish reader would read them', () => {
    const p = (field: string, expected: string, found: string) => ({
      file: 'content/es/a.mdx',
      line: 8,
      field,
      expected,
      found
    });
    expect(
      problemLine(p('published', 'a date written as YYYY-MM-DD, like 2026-11-22', '"04/12/2026" (10 characters)'), 'es')
    ).toBe(
      'content/es/a.mdx:8  published  se esperaba una fecha escrita como AAAA-MM-DD (año, mes, día), como 2026-11-22, ' +
        'de un día que exista  se encontró "04/12/2026" (10 caracteres)'
    );
    expect(
      problemLine(
        p('id', 'a matching file in content/en/ with "id: a" (every page exists in both languages)', 'none'),
        'es'
      )
    ).toBe(
      'content/es/a.mdx:8  id  se esperaba un archivo en content/en/ con «id: a» (cada página existe en los dos idiomas)  se encontró ninguno'
    );
    // English pages, and messages no rule knows yet, keep the check's own line.
    expect(
      problemLine(
        p('id', 'a matching file in content/es/ with "id: a" (every page exists in both languages)', 'none'),
        'en'
      )
    ).toBe(
      'content/es/a.mdx:8  id  expected a matching file in content/es/ with "id: a" (every page exists in both languages)  found none'
    );
    expect(problemInSpanish(p('text', 'something new', 'something else'))).toBeNull();
  });
});
