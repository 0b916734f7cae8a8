/**
 * npm run content:check — validates every content file and prints all problems at once,
 * then a readability table. Exits 1 when anything must be fixed.
 */
import {loadContent} from '../lib/content/load';
import {formatProblems} from '../lib/content';
import {meetsSurvivorGoal} from '../lib/content/readability';

const {entries, problems} = loadContent({includeDrafts: true});

console.log('Readability (goal for survivor pages: INFLESZ 65+ in Spanish, grade 8 or less in English)\n');
const rows = [...entries].sort((a, b) => a.file.localeCompare(b.file));
for (const e of rows) {
  const r = e.readability;
  const score =
    r.locale === 'es'
      ? `INFLESZ ${r.inflesz.toFixed(1)} (${r.level}), Fernández-Huerta ${r.fernandezHuerta.toFixed(1)}`
      : `Flesch-Kincaid grade ${r.grade.toFixed(1)} (${r.level})`;
  const goal = e.audience === 'survivors' ? (meetsSurvivorGoal(r) ? '  meets goal' : '  BELOW GOAL') : '';
  console.log(`  ${e.file.padEnd(62)} ${String(r.words).padStart(5)} words  ${score}${goal}${e.draft ? '  (draft)' : ''}`);
}

if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} to fix (file:line  field  expected  found):\n`);
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`\nAll ${entries.length} content files are valid.`);
