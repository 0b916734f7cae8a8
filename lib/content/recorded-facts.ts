import type {Locale} from '@/i18n/routing';
import {isReviewStale, jsonLine, phrasePattern, readIfThere, type ForbiddenPhrase, type WorldFact} from '@/lib/facts';
import {worldFacts} from '@/lib/world-facts';
import {forbiddenHotlinePhrases, hotlines, staleHotlineFacts, type Hotline} from '@/lib/hotlines';
import type {Problem} from './load';

/**
 * Facts that change in the world live in one record (content/hotlines.json, content/facts.json) and
 * pages show them through components. This finds prose that restates a recorded fact by hand (the
 * record lists, per fact, the phrases that must not be written), and the reviews that are due.
 */

export const hotlinesFile = 'content/hotlines.json';
export const factsFile = 'content/facts.json';

/** Every phrase the records forbid, with the fact it restates and the component to use instead. */
export function forbiddenPhrases(lines: Hotline[] = hotlines, facts: WorldFact[] = worldFacts): ForbiddenPhrase[] {
  return [
    ...forbiddenHotlinePhrases(lines),
    ...facts.flatMap((f) =>
      (['es', 'en'] as const).flatMap((locale) =>
        (f.mustNotWrite?.[locale] ?? []).map((phrase) => ({
          locale,
          phrase,
          pattern: phrasePattern(phrase),
          fact: f.id,
          use: `<Fact id="${f.id}" />`,
          file: factsFile
        }))
      )
    )
  ];
}

/** Problems for every forbidden phrase in a page's text (title and description included by the caller). */
export function checkRecordedFacts(
  text: string,
  linesBefore: number,
  locale: Locale,
  file: string,
  phrases: ForbiddenPhrase[] = forbiddenPhrases(),
  field = 'text'
): Problem[] {
  const problems: Problem[] = [];
  // Two phrases of one fact may match the same words: one message for each fact on a line.
  const seen = new Set<string>();
  for (const p of phrases.filter((p) => p.locale === locale)) {
    const global = new RegExp(p.pattern.source, `${p.pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const line = linesBefore + text.slice(0, match.index).split('\n').length;
      if (seen.has(`${line} ${p.fact}`)) continue;
      seen.add(`${line} ${p.fact}`);
      problems.push({
        file,
        line,
        field,
        expected: `the component ${p.use} instead: ${p.fact} changes in the world, so it is written once, in ${p.file}, and every page follows it`,
        found: `"${match[0].replace(/\s+/g, ' ')}"`
      });
    }
  }
  return problems;
}

export type Warning = {file: string; line?: number; what: string; todo: string};

/**
 * Facts past their review date: operators and policies every 6 months, numbers and the rest every
 * 12 (content/facts.json says its own). Warnings only: an old review never stops a build.
 */
export function dueReviews(
  today: Date | string,
  lines: Hotline[] = hotlines,
  facts: WorldFact[] = worldFacts
): Warning[] {
  const hotlinesJson = readIfThere(hotlinesFile) ?? '';
  const factsJson = readIfThere(factsFile) ?? '';
  return [
    ...staleHotlineFacts(lines, today).map(({hotline, fact, review, months}) => ({
      file: hotlinesFile,
      line: jsonLine(hotlinesJson, [lines.indexOf(hotline), fact, 'review', 'date']),
      what: `${hotline.id} ${fact}: checked on ${review.date}, due every ${months} months`,
      todo: `check it again against ${review.source} (or by calling or texting the line), then update its review: date, method and source`
    })),
    ...facts
      .filter((f) => isReviewStale(f.review.date, today, f.reviewEveryMonths))
      .map((f) => ({
        file: factsFile,
        line: jsonLine(factsJson, [facts.indexOf(f), 'review', 'date']),
        what: `${f.id}: checked on ${f.review.date}, due every ${f.reviewEveryMonths} months`,
        todo: `check it again against ${f.review.source}, then update its review: date, method and source`
      }))
  ];
}

/** A page whose own review is more than 12 months old. */
export const PAGE_REVIEW_MONTHS = 12;

/**
 * Every page says when it was last reviewed: a page without `reviewed` is a problem for the content
 * check and the build (the loader accepts it, so a file in progress still previews).
 */
export function missingReviewDates(entries: {file: string; reviewed?: string; draft?: boolean}[]): Problem[] {
  return entries
    .filter((e) => !e.reviewed && !e.draft)
    .map((e) => ({
      file: e.file,
      line: 2,
      field: 'reviewed',
      expected:
        'the day this page was last checked against its sources, like reviewed: 2026-12-04 (write it only after checking the page)',
      found: 'nothing'
    }));
}
