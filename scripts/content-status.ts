/**
 * npm run content:status — the translation status of every page: its Spanish and English files,
 * when each last changed (from git, or from the file's date when it has changes not yet committed)
 * and whether they are in step. Pages out of step come first. It only informs: the exit code is 0.
 */
import {translationReport, whatToDo, type FileChange, type TranslationPair} from '../lib/content/translation-status';

const now = new Date();
const {pairs, skipped} = translationReport({now});

const order = (p: TranslationPair) => (p.status === 'es-newer' || p.status === 'en-newer' ? 0 : p.status === 'one-language' ? 1 : 2);
const rows = [...pairs].sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));

/** Shown in this computer's time zone, to the minute, so two changes on one day can be told apart. */
const when = (change?: FileChange) => {
  if (!change) return '-';
  const d = new Date(change.changed);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return `${date} (${change.from})`;
};

const table = [
  ['id', 'Spanish file', 'last change', 'English file', 'last change', 'status'],
  ...rows.map((p) => [p.id, p.files.es?.file ?? '-', when(p.files.es), p.files.en?.file ?? '-', when(p.files.en), p.label])
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());

const count = (status: TranslationPair['status']) => pairs.filter((p) => p.status === status).length;
const outOfStep = rows.filter((p) => whatToDo(p));
console.log(
  `\n${pairs.length} pages: ${count('in-step')} in step, ${count('es-newer')} with Spanish changed after English, ` +
    `${count('en-newer')} with English changed after Spanish, ${count('one-language')} in one language only.`
);
if (skipped.length) {
  console.log(`Not listed (no id in the fields at the top; npm run content:check says what to fix): ${skipped.join(', ')}`);
}
if (outOfStep.length) {
  console.log('\nWhat to do:');
  for (const p of outOfStep) console.log(`  ${whatToDo(p, now)}`);
}
