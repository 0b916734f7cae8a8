import {languageName, routing} from '@/i18n/routing';
import {whatToDoParts, type FileChange, type TranslationPair} from './translation-status';

/**
 * What `npm run content:status` prints: pages out of step first, each with its two files and what to
 * do, then pages in one language, then the ids of the pages in step, then the counts. Every line fits
 * in 80 columns, the width of a terminal window as it opens (a file name longer than a line is the
 * only exception: it is never cut).
 */
export const WIDTH = 80;

/** Words filled into lines of at most `width` characters, each starting with `indent`. */
export function wrap(text: string, indent = '', width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (indent + line + ' ' + word).length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** A file's last change to the minute, in this computer's time zone; `*` when it is the file's own date. */
function when(change: FileChange): string {
  const d = new Date(change.changed);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return change.from === 'file date' ? `${date}*` : `${date} `;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function pageBlock(pair: TranslationPair, now: Date): string[] {
  const lines = wrap(`${pair.id}: ${pair.label}`, '  ');
  for (const locale of routing.locales) {
    const change = pair.files[locale];
    if (!change) continue;
    const row = `    ${languageName[locale].padEnd(7)}  ${when(change)} ${change.file}`;
    if (row.length <= WIDTH) lines.push(row);
    else lines.push(`    ${languageName[locale].padEnd(7)}  ${when(change).trimEnd()}`, `      ${change.file}`);
  }
  const todo = whatToDoParts(pair, now);
  if (todo) lines.push(...wrap(`What to do: ${todo.text}`, '    '), `      ${todo.line}`);
  return lines;
}

export function statusText(pairs: TranslationPair[], skipped: string[], now: Date = new Date()): string[] {
  const outOfStep = pairs.filter((p) => p.status === 'es-newer' || p.status === 'en-newer');
  const oneLanguage = pairs.filter((p) => p.status === 'one-language');
  const inStep = pairs.filter((p) => p.status === 'in-step');
  const lines: string[] = [];
  const section = (title: string, group: TranslationPair[]) => {
    if (!group.length) return;
    lines.push(`${title}: ${plural(group.length, 'page')}`, '');
    for (const pair of group) lines.push(...pageBlock(pair, now), '');
  };
  section('Out of step', outOfStep);
  section('In one language only', oneLanguage);
  if (inStep.length)
    lines.push(`In step: ${plural(inStep.length, 'page')}`, ...wrap(inStep.map((p) => p.id).join(', '), '  '), '');

  const count = (status: TranslationPair['status']) => pairs.filter((p) => p.status === status).length;
  lines.push(
    ...wrap(
      `${plural(pairs.length, 'page')}: ${count('in-step')} in step, ${count('es-newer')} with Spanish changed after English, ` +
        `${count('en-newer')} with English changed after Spanish, ${count('one-language')} in one language only.`
    )
  );
  if (pairs.some((p) => Object.values(p.files).some((f) => f.from === 'file date'))) {
    lines.push(...wrap("* The file has changes not yet committed: its time is the file's own date."));
  }
  if (skipped.length) {
    lines.push(
      ...wrap(
        `Not listed (no id in the fields at the top; npm run content:check says what to fix): ${skipped.join(', ')}`
      )
    );
  }
  return lines;
}
