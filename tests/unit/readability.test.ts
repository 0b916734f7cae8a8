import {describe, expect, it} from 'vitest';
import {analyzeBody} from '@/lib/content/mdx-body';
import {componentRules} from '@/lib/content/load';
import {countSentences, meetsGoal, readability, readabilityGoal, spanishSyllables} from '@/lib/content/readability';

describe('readability', () => {
  it.each([
    ['casa', 2],
    ['guía', 2],
    ['poeta', 3],
    ['ciudad', 2],
    ['hoy', 1],
    ['y', 1],
    ['trata', 2],
    ['personas', 3],
    ['aéreo', 4]
  ])('counts the syllables of "%s" as %i', (word, n) => {
    expect(spanishSyllables(word)).toBe(n);
  });

  it('scores plain Spanish as easy and dense Spanish as hard', () => {
    const easy = readability(['Tienes derechos. Puedes pedir ayuda. La línea es gratis.'], 'es');
    const hard = readability(
      ['La interseccionalidad de las problemáticas socioeconómicas condiciona significativamente la accesibilidad institucional de las sobrevivientes.'],
      'es'
    );
    expect(easy.locale === 'es' && easy.inflesz).toBeGreaterThan(65);
    expect(hard.locale === 'es' && hard.inflesz).toBeLessThan(40);
  });

  it('gives a Flesch-Kincaid grade for English', () => {
    const r = readability(['You have rights. You can ask for help. The call is free.'], 'en');
    expect(r.locale === 'en' && r.grade).toBeLessThan(3);
  });

  it('counts sentences in a paragraph, including those ending in a quote or bracket', () => {
    expect(countSentences('Llama hoy. Es gratis.')).toBe(2);
    expect(countSentences('Dijo: «Ven conmigo.» Y fui.')).toBe(2);
    expect(countSentences('A line without a period')).toBe(1);
    expect(countSentences('')).toBe(0);
  });
});

describe('readability counts prose paragraphs only', () => {
  const paragraphs = 'Tienes derechos. Puedes pedir ayuda.\n\nLa línea es gratis.';
  const fixture = `## Una sección con un título largo sobre la interseccionalidad institucional

${paragraphs}

- Un punto de la lista
- Otro punto con palabras como confidencialidad

| Columna | Otra |
| --- | --- |
| celda | otra celda |

<Stats>

<Stat value="80">organizaciones respondieron</Stat>

</Stats>

<Callout kind="info">

Un párrafo dentro de una caja también cuenta.

</Callout>
`;
  const blocks = analyzeBody(fixture, 0, componentRules).blocks;

  it('headings, list items, table cells and figures do not change the sentence count; paragraphs do', () => {
    const r = readability(blocks, 'es');
    // Two paragraphs of 2 and 1 sentences, and one inside the callout.
    expect(r.sentences).toBe(4);
    const onlyParagraphs = readability(analyzeBody(`${paragraphs}\n\nUn párrafo dentro de una caja también cuenta.\n`, 0, componentRules).blocks, 'es');
    expect(r.sentences).toBe(onlyParagraphs.sentences);
    expect(r.locale === 'es' && onlyParagraphs.locale === 'es' && r.inflesz).toBe(onlyParagraphs.locale === 'es' && onlyParagraphs.inflesz);

    const more = readability(analyzeBody(`${fixture}\nOtra frase más. Y otra.\n`, 0, componentRules).blocks, 'es');
    expect(more.sentences).toBe(6);
  });

  it('still counts every word for the word count and reading time', () => {
    const r = readability(blocks, 'es');
    expect(r.words).toBeGreaterThan(r.proseWords);
    expect(blocks.join(' ')).toContain('Otro punto con palabras como confidencialidad');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'prose', 'prose', 'list', 'list', 'table', 'table', 'table', 'table', 'figure', 'prose']);
  });

  it('sets the goal by audience', () => {
    expect(readabilityGoal('survivors')).toEqual({minInflesz: 70, maxGrade: 6});
    expect(readabilityGoal('advocates')).toEqual({minInflesz: 60, maxGrade: 8});
    expect(readabilityGoal('everyone')).toEqual({minInflesz: 60, maxGrade: 8});
    const es = readability(['Tienes derechos. Puedes pedir ayuda. La línea es gratis.'], 'es');
    expect(meetsGoal(es, 'survivors')).toBe(true);
    const en = {...readability(['You have rights.'], 'en'), grade: 7} as const;
    expect(meetsGoal(en, 'survivors')).toBe(false);
    expect(meetsGoal(en, 'advocates')).toBe(true);
  });
});
