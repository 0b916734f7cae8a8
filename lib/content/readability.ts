import {syllable} from 'syllable';
import type {Locale} from '@/i18n/routing';
import type {Audience} from './schema';

/**
 * Readability scores for the content check:
 * Spanish: INFLESZ (Szigriszt-Pazos) and Fernández-Huerta; English: Flesch-Kincaid grade.
 * Input: the text blocks of a page. Only prose paragraphs are scored: headings, list items,
 * table cells and figures are not sentences, and counting each as one would make a page
 * look easier than its paragraphs are. A plain string counts as a prose paragraph.
 */

export type Readability =
  | {locale: 'es'; words: number; proseWords: number; sentences: number; inflesz: number; fernandezHuerta: number; level: string}
  | {locale: 'en'; words: number; proseWords: number; sentences: number; grade: number; level: string};

/** A block of text and where it sits (see lib/content/mdx-body.ts); only "prose" is scored. */
export type ScoredBlock = string | {readonly kind: string; readonly text: string};

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** The end of a sentence: . ! ? (or …), possibly followed by a closing quote or bracket. */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(\s|$)/g;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The number of sentences in one paragraph: at least one if it has any words. */
export function countSentences(paragraph: string): number {
  if (!countWords(paragraph)) return 0;
  return Math.max(1, (paragraph.match(SENTENCE_END) ?? []).length);
}

/**
 * Scores the prose paragraphs among `blocks`. `words` counts every block (the whole page);
 * `proseWords` and `sentences` are what the score is computed on.
 */
export function readability(blocks: readonly ScoredBlock[], locale: Locale): Readability {
  let words = 0;
  let proseWords = 0;
  let syllables = 0;
  let sentences = 0;
  const count = locale === 'es' ? spanishSyllables : englishSyllables;
  for (const block of blocks) {
    const text = typeof block === 'string' ? block : block.text;
    const found = text.match(WORD) ?? [];
    words += found.length;
    if (!found.length || (typeof block !== 'string' && block.kind !== 'prose')) continue;
    proseWords += found.length;
    for (const w of found) syllables += count(w);
    sentences += countSentences(text);
  }
  const wps = proseWords / Math.max(1, sentences);
  const spw = syllables / Math.max(1, proseWords);
  if (locale === 'es') {
    const inflesz = round(206.835 - 62.3 * spw - wps);
    const fernandezHuerta = round(206.84 - 60 * spw - 1.02 * wps);
    return {locale, words, proseWords, sentences, inflesz, fernandezHuerta, level: infleszLevel(inflesz)};
  }
  const grade = round(0.39 * wps + 11.8 * spw - 15.59);
  return {
    locale,
    words,
    proseWords,
    sentences,
    grade,
    level: gradeLevel(grade)
  };
}

/** The readability goal of a page, by its audience: pages for survivors must be the easiest to read. */
export type ReadabilityGoal = {
  /** Spanish: the lowest acceptable INFLESZ score. */
  minInflesz: number;
  /** English: the highest acceptable Flesch-Kincaid grade. */
  maxGrade: number;
};

export function readabilityGoal(audience: Audience): ReadabilityGoal {
  return audience === 'survivors' ? {minInflesz: 70, maxGrade: 6} : {minInflesz: 60, maxGrade: 8};
}

/** Whether a page's score meets the goal for its audience. */
export function meetsGoal(r: Readability, audience: Audience): boolean {
  const goal = readabilityGoal(audience);
  return r.locale === 'es' ? r.inflesz >= goal.minInflesz : r.grade <= goal.maxGrade;
}

/** The goal in words, for the content check: "INFLESZ 70 or more" / "grade 6 or less". */
export function describeGoal(locale: Locale, audience: Audience): string {
  const goal = readabilityGoal(audience);
  return locale === 'es' ? `INFLESZ ${goal.minInflesz} or more` : `grade ${goal.maxGrade} or less`;
}

export function gradeLevel(grade: number): string {
  if (grade <= 6) return 'easy';
  if (grade <= 8) return 'plain';
  if (grade <= 12) return 'fairly difficult';
  return 'difficult';
}

export function infleszLevel(score: number): string {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
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
