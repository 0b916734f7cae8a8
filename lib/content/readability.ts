import {syllable} from 'syllable';
import type {Locale} from '@/i18n/routing';

/**
 * Readability scores for the content check:
 * Spanish: INFLESZ (Szigriszt-Pazos) and Fernández-Huerta; English: Flesch-Kincaid grade.
 * Input: plain-text blocks (each paragraph, heading, list item or cell is at least one sentence).
 */

export type Readability =
  | {locale: 'es'; words: number; inflesz: number; fernandezHuerta: number; level: string}
  | {locale: 'en'; words: number; grade: number; level: string};

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function readability(blocks: string[], locale: Locale): Readability {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  const count = locale === 'es' ? spanishSyllables : englishSyllables;
  for (const block of blocks) {
    const found = block.match(WORD) ?? [];
    if (!found.length) continue;
    words += found.length;
    for (const w of found) syllables += count(w);
    sentences += Math.max(1, (block.match(/[.!?]+(\s|$)/g) ?? []).length);
  }
  const wps = words / Math.max(1, sentences);
  const spw = syllables / Math.max(1, words);
  if (locale === 'es') {
    const inflesz = round(206.835 - 62.3 * spw - wps);
    const fernandezHuerta = round(206.84 - 60 * spw - 1.02 * wps);
    return {locale, words, inflesz, fernandezHuerta, level: infleszLevel(inflesz)};
  }
  const grade = round(0.39 * wps + 11.8 * spw - 15.59);
  return {locale, words, grade, level: grade <= 8 ? 'plain' : grade <= 12 ? 'fairly difficult' : 'difficult'};
}

export function infleszLevel(score: number): string {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}

/** Whether a page meets the goal set for survivor-facing pages. */
export function meetsSurvivorGoal(r: Readability): boolean {
  return r.locale === 'es' ? r.inflesz >= 65 : r.grade <= 8;
}

const STRONG = new Set('aeoáéíóú');
const WEAK = new Set('iuü');

/** Counts Spanish syllables by vowel nuclei: diphthongs join, strong vowel pairs (hiatus) split. */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase();
  if (w === 'y') return 1;
  let count = 0;
  let prev = '';
  for (let i = 0; i < w.length; i++) {
    let c = w[i];
    // "y" is a vowel only at the end of a word after a vowel ("hoy", "muy"), where it joins the diphthong.
    if (c === 'y') c = i === w.length - 1 && prev ? 'i' : '';
    const vowel = STRONG.has(c) || WEAK.has(c);
    if (!vowel) {
      prev = '';
      continue;
    }
    if (!prev || (STRONG.has(prev) && STRONG.has(c))) count++;
    prev = c;
  }
  return Math.max(1, count);
}

function englishSyllables(word: string): number {
  return /^\d+$/.test(word) ? 1 : Math.max(1, syllable(word));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
