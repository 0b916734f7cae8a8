import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {languageName, routing, type Locale} from '@/i18n/routing';
import {sniffField} from './file-checks';
import {noteValue} from './schema';
import {contentRoot} from './settings';

/**
 * Translation status: for each content id, whether its Spanish and English files are in step.
 * Each file's last change comes from git (one `git log` for the whole content folder), or from
 * the file's date when it has changes not yet committed, is not committed at all, or there is no git.
 */

export type PairStatus = 'in-step' | 'es-newer' | 'en-newer' | 'one-language';
export type FileChange = {file: string; changed: string /* ISO date-time */; from: 'git' | 'file date'};
export type TranslationPair = {
  id: string;
  files: Partial<Record<Locale, FileChange>>;
  status: PairStatus;
  /** "in step", "Spanish changed after English", "English changed after Spanish", "only in Spanish" ... */
  label: string;
};
/**
 * A file's last change, its `translationNotNeeded` value (YYYY-MM-DD, or YYYY-MM-DD HH:MM) if it has
 * one, and when that line was written: the time of the commit that wrote it, or the file's date when
 * it was written since the last commit. Without git that time is unknown, and the day alone counts.
 */
export type ChangeToCompare = FileChange & {translationNotNeeded?: string; noteWritten?: string};

/**
 * Two changes less than a minute apart are one edit: a commit of both files, a copy of the folder
 * or a rebase writes both within seconds, while a person translating a change takes longer.
 * Whole days would be too coarse: a change made after the translation on the same day must show.
 */
export const SAME_EDIT_MS = 60_000;

/**
 * A `translationNotNeeded` date is ignored while its day has not begun anywhere on earth:
 * a date in the future (a typo for this year) would silently cover changes not yet made.
 */
const startOfDayAnywhere = (day: string) => Date.parse(`${day}T00:00:00+14:00`);

/** The pure part: the status of a pair from each file's last change. */
export function compareChanges(
  files: Partial<Record<Locale, ChangeToCompare>>,
  now: Date = new Date()
): {status: PairStatus; label: string} {
  const {es, en} = files;
  if (!es || !en) return {status: 'one-language', label: `only in ${languageName[es ? 'es' : 'en']}`};
  const difference = Date.parse(es.changed) - Date.parse(en.changed);
  if (Math.abs(difference) < SAME_EDIT_MS) return {status: 'in-step', label: 'in step'};

  const newer: Locale = difference > 0 ? 'es' : 'en';
  const older: Locale = newer === 'es' ? 'en' : 'es';
  const changed = {status: `${newer}-newer` as const, label: `${languageName[newer]} changed after ${languageName[older]}`};
  const {translationNotNeeded: note, noteWritten, changed: when} = files[newer]!;
  if (!note) return changed;
  const noteDay = note.slice(0, 10);
  if (startOfDayAnywhere(noteDay) > now.getTime()) {
    return {...changed, label: `${changed.label} (its translationNotNeeded date, ${note}, is in the future)`};
  }
  // The day of the change as it was recorded, in the time zone of whoever made it (git and localIso keep it).
  if (noteDay < when.slice(0, 10)) return changed;
  // Times, not days: a change saved or committed after the one that wrote the line, even the same day, shows.
  if (noteWritten && Date.parse(when) - Date.parse(noteWritten) >= SAME_EDIT_MS) {
    return {...changed, label: `${changed.label} (again, after its translationNotNeeded line)`};
  }
  return {status: 'in-step', label: `in step (the ${languageName[newer]} change needed no translation)`};
}

/** Every pair, and the files left out because they have no readable id (content:check says why). */
export function translationReport(options: {root?: string; now?: Date} = {}): {pairs: TranslationPair[]; skipped: string[]} {
  const root = contentRoot(options.root);
  const rel = (file: string) => path.relative(path.dirname(root), file) || file;
  const files: {path: string; locale: Locale; id: string; translationNotNeeded?: string; noteLine?: string}[] = [];
  const skipped: string[] = [];
  for (const locale of routing.locales) {
    const dir = path.join(root, locale);
    // lstat: shortcuts, devices and pipes are never read (content:check reports them).
    const names = fs.lstatSync(dir, {throwIfNoEntry: false})?.isDirectory() ? fs.readdirSync(dir).sort() : [];
    for (const name of names) {
      const file = path.join(dir, name);
      if (name.startsWith('.') || !name.endsWith('.mdx') || !fs.lstatSync(file).isFile()) continue;
      const fields = topFields(fs.readFileSync(file, 'utf8'));
      if (fields.id) files.push({path: file, locale, id: fields.id, ...fields.note});
      else skipped.push(rel(file));
    }
  }

  const history = gitHistory(root);
  const lastChange = (file: string): FileChange => {
    const fromGit = history?.get(file);
    if (fromGit) return {file: rel(file), changed: fromGit, from: 'git'};
    return {file: rel(file), changed: localIso(fs.statSync(file).mtime), from: 'file date'};
  };

  const byId = new Map<string, Partial<Record<Locale, ChangeToCompare>>>();
  for (const f of files) {
    const pair = byId.get(f.id) ?? {};
    // A second file with the same id in one language is reported by content:check; the first one counts here.
    if (pair[f.locale]) continue;
    const change = lastChange(f.path);
    pair[f.locale] = change;
    if (f.translationNotNeeded) {
      const noteWritten = history && noteWrittenAt(f.path, f.noteLine!, change);
      pair[f.locale] = {...change, translationNotNeeded: f.translationNotNeeded, ...(noteWritten && {noteWritten})};
    }
    byId.set(f.id, pair);
  }
  const pairs = [...byId].map(([id, changes]): TranslationPair => {
    const plain = Object.fromEntries(
      Object.entries(changes).map(([locale, {file, changed, from}]) => [locale, {file, changed, from}])
    ) as Partial<Record<Locale, FileChange>>;
    return {id, files: plain, ...compareChanges(changes, options.now)};
  });
  pairs.sort((a, b) => a.id.localeCompare(b.id));
  return {pairs, skipped};
}

/** Every content id with its files' last changes and their status, sorted by id. */
export function translationStatus(options: {root?: string; now?: Date} = {}): TranslationPair[] {
  return translationReport(options).pairs;
}

/**
 * `id` and `translationNotNeeded` (its value and its whole line) from the fields at the top, read
 * line by line rather than parsed, so a file whose fields have a problem (reported by content:check)
 * still finds its twin.
 */
function topFields(source: string): {id?: string; note?: {translationNotNeeded: string; noteLine: string}} {
  const block = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source.replace(/^\uFEFF/, ''));
  if (!block) return {};
  const line = /^translationNotNeeded[ \t]*:.*$/m.exec(block[1])?.[0].replace(/\r$/, '');
  const value = line && /:[ \t]*["']?([^"'#]*?)["']?[ \t]*(?:#.*)?$/.exec(line)?.[1];
  const note = line && value && noteValue.test(value) ? {translationNotNeeded: value, noteLine: line} : undefined;
  return {id: sniffField(block[1], 'id').value, note};
}

/**
 * When a file's translationNotNeeded line was written: the commit that last added that exact line
 * (git's pickaxe), or, when the line is new since the last commit, the file's own date. Undefined when
 * git cannot tell (a file renamed since, a shallow history): then the day alone counts.
 */
function noteWrittenAt(file: string, noteLine: string, change: FileChange): string | undefined {
  const inFolder = (...args: string[]) => runGit(path.dirname(file), ...args);
  const name = path.basename(file);
  try {
    if (change.from === 'file date') {
      const committed = inFolder('show', `HEAD:./${name}`);
      if (!committed.split(/\r?\n/).includes(noteLine)) return change.changed;
    }
    return inFolder('log', '-1', '--format=%cI', '-S', noteLine, '--', name).trim() || undefined;
  } catch {
    // Not committed at all: the line is as new as the file.
    return change.from === 'file date' ? change.changed : undefined;
  }
}

/** git in `cwd`, whatever a calling git hook set; throws when git fails or is missing. */
function runGit(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', '--no-optional-locks', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
    // The repository is the one holding the content folder.
    env: {...process.env, GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: undefined}
  });
}

/**
 * The last commit date of every committed file under `root` whose working copy has no changes,
 * by absolute path; null when `root` is not in a git repository or git is missing.
 */
function gitHistory(root: string): Map<string, string> | null {
  const git = (...args: string[]) => runGit(root, ...args);
  try {
    const top = git('rev-parse', '--show-toplevel').trim();
    const real = fs.realpathSync(root);
    const absolute = (name: string) => path.join(root, path.relative(real, path.join(top, name)));
    const dates = new Map<string, string>();
    let date = '';
    // Newest commits first, each a line "\x01<date>" then the files it changed.
    for (const line of git('log', '--format=%x01%cI', '--name-only', '--', '.').split('\n')) {
      if (line.startsWith('\x01')) date = line.slice(1);
      else if (line && date) {
        const file = absolute(line);
        const known = dates.get(file);
        if (!known || Date.parse(date) > Date.parse(known)) dates.set(file, date);
      }
    }
    // A file changed since its last commit (or never committed) is dated by the file itself.
    const status = git('status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', '.');
    for (const entry of status.split('\0')) if (entry.length > 3) dates.delete(absolute(entry.slice(3)));
    return dates;
  } catch {
    return null;
  }
}

/** A date-time in this computer's time zone, like git writes it: 2026-11-23T10:39:38+01:00. */
export function localIso(date: Date): string {
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${offset < 0 ? '-' : '+'}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/**
 * What to do about a pair out of step, in plain words, naming both files, and the line to copy.
 * Null for a pair in step or in one language only (a missing twin is a problem content:check reports on its own).
 */
export function whatToDoParts(pair: TranslationPair, now: Date = new Date()): {text: string; line: string} | null {
  if (pair.status !== 'es-newer' && pair.status !== 'en-newer') return null;
  const newer = pair.status === 'es-newer' ? 'es' : 'en';
  const older = newer === 'es' ? 'en' : 'es';
  const changed = pair.files[newer]!.file;
  const other = pair.files[older]!.file;
  return {
    text:
      `${changed} changed after ${other}: translate the change into ${other} (skip this if it needed no translation), ` +
      `then add this line to the fields at the top of the file you changed last (or change the one it has):`,
    line: `translationNotNeeded: ${localIso(now).slice(0, 16).replace('T', ' ')}`
  };
}

/** whatToDoParts on one line (content:check's warnings); empty for a pair in step or in one language only. */
export function whatToDo(pair: TranslationPair, now: Date = new Date()): string {
  const parts = whatToDoParts(pair, now);
  return parts ? `${parts.text}  ${parts.line}` : '';
}
