import {describe, expect, it} from 'vitest';
import rawGlossary from '@/content/glossary.json';
import es from '@/messages/es.json';
import en from '@/messages/en.json';
import {discouragedTerms, glossary, parseGlossary, sortedGlossary} from '@/lib/glossary';
import {checkTerms, checkText} from '@/lib/content/terms';
import {loadContent} from '@/lib/content/load';
import {contentFolder, fm} from './content-fixture';

/**
 * The glossary (content/glossary.json) and the words to avoid it lists:
 * the file is valid, mistakes in it are named clearly, and the content check
 * finds a word to avoid on the exact line where an editor wrote it.
 */

const valid = structuredClone(rawGlossary.find((e) => e.id === 'visa-t')!);

describe('glossary data', () => {
  it('the real file is valid and has the terms the site needs', () => {
    expect(glossary.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'trata',
        'tratante',
        'trata-laboral',
        'trata-sexual',
        'visa-t',
        'visa-u',
        'presencia-continuada',
        'orden-de-proteccion',
        'intercesora',
        'administradora-de-casos',
        'abogada-de-inmigracion',
        'representante-acreditado',
        'notario',
        'vinculo-traumatico',
        'servidumbre-por-deudas',
        'permiso-de-trabajo',
        'visas-h-2a-y-h-2b',
        'linea-de-ayuda',
        'confidencial',
        'sobreviviente',
        'salida-rapida'
      ])
    );
    const cp = glossary.find((e) => e.id === 'presencia-continuada')!;
    expect(cp.definition.es).toMatch(/No lo pides tú/);
    expect(cp.definition.es).toMatch(/No es un estatus de inmigración/);
    expect(cp.definition.en).toMatch(/It is not an immigration status/);
  });

  it('keeps definitions to 1-3 short sentences', () => {
    for (const entry of glossary) {
      for (const text of [entry.definition.es, entry.definition.en]) {
        const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡«“"])/).length;
        expect(sentences, `${entry.id}: ${text}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('names the file, the entry and the field of a mistake', () => {
    const bad = {...valid, definition: {es: valid.definition.es}};
    expect(() => parseGlossary([bad])).toThrow(
      'content/glossary.json  entry 1 ("visa-t")  definition.en  The definition in English (en) is missing'
    );
    expect(() => parseGlossary([valid, {...valid, id: 'Visa T'}])).toThrow(
      'content/glossary.json  entry 2 ("Visa T")  id  an id in lowercase letters, numbers and hyphens, like visa-t'
    );
  });

  it('rejects a word to avoid without a reason, and the same id twice', () => {
    const noWhy = {...valid, discouraged: {es: [{term: 'visado T'}]}};
    expect(() => parseGlossary([noWhy])).toThrow(
      'content/glossary.json  entry 1 ("visa-t")  discouraged.es.0.why  a short reason ("why") for editors'
    );
    expect(() => parseGlossary([valid, valid])).toThrow(
      'content/glossary.json  entry 2 ("visa-t")  id  the id "visa-t" is used twice'
    );
  });

  it('sorts the terms alphabetically in each language', () => {
    const esTerms = sortedGlossary('es').map((e) => e.term.es);
    expect(esTerms).toEqual([...esTerms].sort(new Intl.Collator('es').compare));
    // Accents do not move a word to the end: "vínculo" comes before "visa".
    expect(esTerms.indexOf('vínculo traumático')).toBeLessThan(esTerms.indexOf('visa T'));
    const enTerms = sortedGlossary('en').map((e) => e.term.en);
    expect(enTerms[0]).toBe('accredited representative');
  });

  it('does not use, in its own definitions, a word it tells editors to avoid', () => {
    for (const locale of ['es', 'en'] as const) {
      const found = glossary.flatMap((e) =>
        checkText(`${e.term[locale]}. ${e.definition[locale]}`, 1, locale, glossary, e.id)
      );
      expect(found).toEqual([]);
    }
  });
});

describe('words to avoid in a page', () => {
  it('gives the preferred term and the reason', () => {
    expect(checkText('Presiona Mayús 3 veces.', 7, 'es')).toEqual([
      {
        file: '',
        line: 7,
        field: 'text',
        expected:
          'la tecla Shift instead (Mayús is the name on keyboards from Spain; most readers here know the key as Shift)',
        found: 'Mayús'
      }
    ]);
  });

  it('ignores case but not accents, and matches whole words only', () => {
    expect(checkText('PRESIONA MAYÚS', 1, 'es').map((p) => p.found)).toEqual(['MAYÚS']);
    expect(checkText('Mayus', 1, 'es')).toEqual([]);
    expect(checkText('el impulsar, la pulsera', 1, 'es')).toEqual([]);
    expect(checkText('Hay quien lo llama síndrome de\nEstocolmo.', 3, 'es')).toMatchObject([
      {line: 3, found: 'síndrome de Estocolmo', expected: expect.stringMatching(/^vínculo traumático instead \(/)}
    ]);
  });

  it('checks each language against its own list', () => {
    expect(checkText('Stockholm syndrome', 1, 'es')).toEqual([]);
    expect(checkText('Stockholm syndrome', 1, 'en')[0].expected).toMatch(/^trauma bond instead \(/);
    expect(checkText('It was an illegal alien.', 1, 'en')[0]).toMatchObject({
      found: 'illegal alien',
      expected: expect.stringMatching(/^undocumented person instead/)
    });
    expect(checkText('Es ilegal quitarte el pasaporte.', 1, 'es')).toEqual([]);
  });

  it('allows a word inside the name of an organization or a source title', () => {
    expect(checkText('Casa de Esperanza: National Latin@ Network', 1, 'en')).toEqual([]);
    expect(checkText('Escribe en mayúsculas.', 1, 'es')).toEqual([]);
    expect(checkText('Casa de Esperanza serves Latin@ survivors.', 1, 'en')).toMatchObject([
      {found: 'Latin@', expected: 'Latina and Latino instead (screen readers read it as "Latin at")'}
    ]);
  });

  it('reports every occurrence with its line, and skips link addresses and code', () => {
    const body = [
      '', // line 10: the blank line after the frontmatter
      'Pulsa la tecla y [lee la guía](https://example.org/pulsa/mayus/dialecto).',
      '',
      'Escribe `pulsa` en el cuadro. Un dialecto no: una lengua.',
      '',
      '<Callout kind="warning" title="Pulsar dos veces">',
      'Texto.',
      '</Callout>',
      ''
    ].join('\n');
    const found = checkTerms(body, 9, 'es', glossary, 'content/es/x.mdx').map((p) => [p.line, p.found]);
    expect(found).toEqual([
      [11, 'Pulsa'],
      [13, 'dialecto'],
      [15, 'Pulsar']
    ]);
  });
});

describe('the content check', () => {
  /** A small valid site: the four core pages in both languages, plus `extra` files. */
  function site(extra: Record<string, string>) {
    const {root, write} = contentFolder('glossary-');
    Object.entries(extra).forEach(([file, text]) => write(file, text));
    return loadContent({root, includeDrafts: false});
  }

  const guide = (locale: 'es' | 'en', title: string) =>
    fm({
      id: 'keyboard',
      title: `"${title}"`,
      description: '"A description that is long enough for the content check to accept it."',
      kind: 'guide',
      audience: 'everyone',
      topics: '[safety]',
      published: '2026-11-01',
      source: '\n  organization: "Polaris"\n  title: "Recognizing the signs"\n  url: "https://polarisproject.org/"'
    });

  it('reports a word to avoid with the exact file line and the preferred term', () => {
    const {problems} = site({
      // Frontmatter: lines 1-14; the body starts on line 15.
      'es/teclado.mdx': guide('es', 'Cómo usar el teclado') + '\nUsa el teclado.\n\nPresiona la tecla Mayús 3 veces.\n',
      'en/keyboard.mdx': guide('en', 'How to use the keyboard') + '\nUse the keyboard.\n'
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({
      file: expect.stringMatching(/\/es\/teclado\.mdx$/),
      line: 17,
      field: 'text',
      expected:
        'la tecla Shift instead (Mayús is the name on keyboards from Spain; most readers here know the key as Shift)',
      found: 'Mayús'
    });
  });

  it('does not report a word inside a link address', () => {
    const {problems} = site({
      'es/teclado.mdx':
        guide('es', 'Cómo usar el teclado') + '\nLee [esta guía](https://example.org/pulsa-mayus-dialecto).\n',
      'en/keyboard.mdx':
        guide('en', 'How to use the keyboard') +
        '\nRead [this guide](https://example.org/illegals/stockholm-syndrome).\n'
    });
    expect(problems).toEqual([]);
  });

  it('checks the title and the description, on their own lines', () => {
    const {problems} = site({
      'es/teclado.mdx':
        guide('es', 'Pulsa Mayús para salir rápido').replace(
          /^description: .*$/m,
          'description: "Por qué decimos vínculo traumático y no síndrome de Estocolmo en este sitio web."'
        ) + '\nTexto.\n',
      'en/keyboard.mdx': guide('en', 'How to use the keyboard') + '\nText.\n'
    });
    expect(problems.map((p) => [p.line, p.field, p.found])).toEqual([
      [3, 'title', 'Pulsa'],
      [3, 'title', 'Mayús'],
      [4, 'description', 'síndrome de Estocolmo']
    ]);
  });
});

describe('UI strings', () => {
  function leaves(obj: unknown): string[] {
    if (obj && typeof obj === 'object') return Object.values(obj).flatMap(leaves);
    return typeof obj === 'string' ? [obj] : [];
  }

  it.each([
    ['es', es],
    ['en', en]
  ] as const)('messages/%s.json uses no word the glossary says to avoid', (locale, messages) => {
    const found = leaves(messages).flatMap((text) =>
      checkText(text, 1, locale).map((p) => `${p.found} (in "${text}")`)
    );
    expect(found).toEqual([]);
  });

  it('lists the words to avoid the style guide names', () => {
    const esTerms = discouragedTerms('es').map((t) => t.term);
    const enTerms = discouragedTerms('en').map((t) => t.term);
    expect(esTerms).toEqual(
      expect.arrayContaining([
        'Mayús',
        'Mayúsculas',
        'síndrome de Estocolmo',
        'dialecto',
        'pulsa',
        'pulsar',
        'gestora de casos',
        'trabajadora de casos',
        'manejadora de casos'
      ])
    );
    expect(enTerms).toEqual(
      expect.arrayContaining(['Stockholm syndrome', 'illegal alien', 'illegals', 'Latin@', 'child prostitute'])
    );
  });
});
