import {describe, expect, it} from 'vitest';
import {readability, spanishSyllables} from '@/lib/content/readability';

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
});
