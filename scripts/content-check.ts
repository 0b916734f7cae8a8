/**
 * npm run content:check — validates every content file and prints all problems at once,
 * then each page's readability score with its goal, then a warning for each hotline whose
 * facts have not been reviewed for more than 12 months, and one for each page changed in one
 * language after the other. Exits 1 when anything must be fixed: a problem in a file, or a page
 * harder to read than its goal. Old hotline reviews and translations out of step only warn.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadContent} from '../lib/content/load';
import {formatProblems, type Entry} from '../lib/content';
import {describeGoal, meetsGoal} from '../lib/content/readability';
import {hotlineLine, hotlines, REVIEW_MAX_AGE_MONTHS, staleReviews} from '../lib/hotlines';
import {translationStatus, whatToDo} from '../lib/content/translation-status';

const {entries, problems} = loadContent({includeDrafts: true});

// --problems-only (used by npm run build / npm start): only what stops a build, nothing else printed.
if (process.argv.includes('--problems-only')) {
  if (problems.length) {
    console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} to fix (file:line  field  expected  found):\n`);
    console.error(formatProblems(problems));
  }
  process.exit(problems.length ? 1 : 0);
}

console.log('Readability of each page (only paragraphs count: headings, lists and tables do not)');
console.log('Goals: pages for survivors: INFLESZ 70 or more in Spanish, grade 6 or less in English.');
console.log('       Other pages: INFLESZ 60 or more in Spanish, grade 8 or less in English.\n');

const rows = [...entries].sort((a, b) => a.file.localeCompare(b.file));
const below: Entry[] = [];
const width = Math.max(...rows.map((e) => e.file.length), 20);
for (const e of rows) {
  const r = e.readability;
  const score =
    r.locale === 'es'
      ? `INFLESZ ${r.inflesz.toFixed(1)} (${r.level}), Fernández-Huerta ${r.fernandezHuerta.toFixed(1)}`
      : `Flesch-Kincaid grade ${r.grade.toFixed(1)} (${r.level})`;
  // A page with no paragraphs (only lists or boxes) has nothing to score.
  const ok = r.sentences === 0 || meetsGoal(r, e.audience);
  if (!ok) below.push(e);
  const verdict = r.sentences === 0 ? 'no paragraphs to score' : ok ? 'meets goal' : 'BELOW GOAL';
  console.log(
    `  ${e.file.padEnd(width)} ${String(r.words).padStart(5)} words  ${r.sentences === 0 ? '-' : score}` +
      `   goal: ${describeGoal(e.locale, e.audience)} (${e.audience})  ${verdict}${e.draft ? '  (draft)' : ''}`
  );
}

// Hotline facts: a warning only, so an old review never blocks a fix elsewhere.
const hotlinesFile = 'content/hotlines.json';
const hotlinesPath = path.join(process.cwd(), hotlinesFile);
const json = fs.existsSync(hotlinesPath) ? fs.readFileSync(hotlinesPath, 'utf8') : '';
const stale = staleReviews(hotlines, new Date());
if (stale.length) {
  console.warn(
    `\nWarning: ${stale.length} hotline${stale.length === 1 ? ' was' : 's were'} last reviewed more than ${REVIEW_MAX_AGE_MONTHS} months ago:\n`
  );
  for (const h of stale) {
    const line = hotlineLine(json, h.id);
    console.warn(
      `  ${hotlinesFile}${line ? `:${line}` : ''}  ${h.id}  review.date is ${h.review.date}: ` +
        `check the official page again (${h.review.against}) and update review.date`
    );
  }
} else {
  console.log(`\nHotlines: all ${hotlines.length} were reviewed in the last ${REVIEW_MAX_AGE_MONTHS} months.`);
}

// Translations: a warning only (npm run content:status shows the whole table).
const outOfStep = translationStatus().map((pair) => whatToDo(pair)).filter(Boolean);
if (outOfStep.length) {
  console.warn(
    `\nWarning: ${outOfStep.length} page${outOfStep.length === 1 ? ' has' : 's have'} changed in one language after the other` +
      ' (npm run content:status shows every page):\n'
  );
  for (const line of outOfStep) console.warn(`  ${line}`);
} else {
  console.log('Translations: no page has changed in one language after the other.');
}

if (below.length) {
  console.error(
    `\n${below.length} page${below.length === 1 ? ' is' : 's are'} harder to read than ${below.length === 1 ? 'its' : 'their'} goal. ` +
      'Use shorter sentences and simpler words, then run the check again:\n'
  );
  for (const e of below) {
    const r = e.readability;
    const score = r.locale === 'es' ? `INFLESZ ${r.inflesz.toFixed(1)}` : `grade ${r.grade.toFixed(1)}`;
    const who = e.audience === 'survivors' ? 'a page for survivors' : `a page for ${e.audience}`;
    console.error(
      `  ${e.file}  readability  ${score}, goal ${describeGoal(e.locale, e.audience)} (${who}): use shorter sentences and simpler words`
    );
  }
}

if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} to fix (file:line  field  expected  found):\n`);
  console.error(formatProblems(problems));
}

if (problems.length || below.length) process.exit(1);
console.log(`\nAll ${entries.length} content files are valid and meet their readability goals.`);
