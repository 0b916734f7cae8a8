/**
 * npm run content:check — validates the data files (content/hotlines.json, content/facts.json) and
 * every content file, and prints all problems at once, then each page's readability score with its
 * goal, then warnings: recorded facts past their review date (operators and policies every 6
 * months, the rest every 12; directory entries every 12), pages not reviewed for 12 months, and pages changed in one language
 * after the other. Exits 1 when anything must be fixed: a problem in a file, or a page harder to read
 * than its goal. Warnings never stop a build.
 */
import type {Entry} from '../lib/content';
import {DataFileError, isReviewStale, parseJsonFile, readIfThere} from '../lib/facts';

main().catch((error) => {
  // A broken data file stops everything: its message names the file, line and what to write.
  if (error instanceof DataFileError || error?.constructor?.name === 'DataFileError') {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
});

async function main() {
  // A file that is not JSON at all cannot even be imported: say where, in plain words.
  for (const file of ['content/hotlines.json', 'content/facts.json', 'content/changes.json']) {
    const text = readIfThere(file);
    if (text !== undefined) parseJsonFile(text, file);
  }
  const {loadContent} = await import('../lib/content/load');
  const {formatProblems} = await import('../lib/content');
  const {describeGoal, meetsGoal} = await import('../lib/content/readability');
  const {dueReviews, missingReviewDates, PAGE_REVIEW_MONTHS} = await import('../lib/content/recorded-facts');
  const {translationStatus, whatToDo} = await import('../lib/content/translation-status');
  const {changes, unknownPages} = await import('../lib/changes');
  const {checkDirectory, DIRECTORY_REVIEW_MONTHS} = await import('../lib/directory');

  const loaded = loadContent({includeDrafts: true});
  const entries = loaded.entries;
  const problems = [...loaded.problems, ...missingReviewDates(entries)].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line
  );
  // The "What changed" list names pages by id: each must exist (a problem, like a broken link).
  const changeProblems = unknownPages(changes, new Set(entries.map((e) => e.id)));
  // The directory by place (content/directory/*.yaml): its problems stop a build like any other's.
  const directory = checkDirectory(new Date());

  // --problems-only (used by npm run build / npm start): only what stops a build, nothing else printed.
  if (process.argv.includes('--problems-only')) {
    if (changeProblems.length) console.error(`The list of changes has problems:\n${changeProblems.join('\n')}\n`);
    if (directory.problems.length) console.error(`The directory has problems:\n${directory.problems.join('\n')}\n`);
    if (problems.length) {
      console.error(
        `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix (file:line  field  expected  found):\n`
      );
      console.error(formatProblems(problems));
    }
    process.exit(problems.length || changeProblems.length || directory.problems.length ? 1 : 0);
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

  // Recorded facts and page reviews: warnings only, so an old review never blocks a fix elsewhere.
  const today = new Date();
  const due = dueReviews(today);
  if (due.length) {
    console.warn(`\nWarning: ${due.length} recorded fact${due.length === 1 ? ' is' : 's are'} due for a new check:\n`);
    for (const w of due) console.warn(`  ${w.file}${w.line ? `:${w.line}` : ''}  ${w.what}: ${w.todo}`);
  } else {
    console.log('\nRecorded facts (content/hotlines.json, content/facts.json): none is due for a new check.');
  }
  const oldPages = entries.filter((e) => e.reviewed && isReviewStale(e.reviewed, today, PAGE_REVIEW_MONTHS));
  if (oldPages.length) {
    console.warn(
      `\nWarning: ${oldPages.length} page${oldPages.length === 1 ? ' was' : 's were'} last reviewed more than ${PAGE_REVIEW_MONTHS} months ago:\n`
    );
    for (const e of oldPages) {
      console.warn(
        `  ${e.file}  reviewed: ${e.reviewed}: check the page against its sources, then write the day you did it in "reviewed"`
      );
    }
  } else {
    console.log(`Pages: every page was reviewed in the last ${PAGE_REVIEW_MONTHS} months.`);
  }

  if (directory.stale.length) {
    console.warn(
      `\nWarning: ${directory.stale.length} directory entr${directory.stale.length === 1 ? 'y was' : 'ies were'} last checked more than ${DIRECTORY_REVIEW_MONTHS} months ago:\n`
    );
    for (const line of directory.stale) console.warn(line);
  } else {
    console.log(`Directory: all ${directory.count} entries were checked in the last ${DIRECTORY_REVIEW_MONTHS} months.`);
  }

  // Translations: a warning only (npm run content:status shows the whole table).
  const outOfStep = translationStatus()
    .map((pair) => whatToDo(pair))
    .filter(Boolean);
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
    console.error(
      `\n${problems.length} problem${problems.length === 1 ? '' : 's'} to fix (file:line  field  expected  found):\n`
    );
    console.error(formatProblems(problems));
  }

  if (changeProblems.length) console.error(`\nThe list of changes has problems:\n${changeProblems.join('\n')}`);
  if (directory.problems.length) console.error(`\nThe directory has problems:\n${directory.problems.join('\n')}`);
  if (problems.length || below.length || changeProblems.length || directory.problems.length) process.exit(1);
  console.log(`\nAll ${entries.length} content files are valid and meet their readability goals.`);
}
