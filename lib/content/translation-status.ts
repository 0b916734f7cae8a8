import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {languageName, routing, type Locale} from '@/i18n/routing';
import {sniffField} from './file-checks';
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
/** A file's last change and its `translationNotNeeded` date (YYYY-MM-DD), if it has one. */
export type ChangeToCompare = FileChange & {translationNotNeeded?: string};

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
  const note = files[newer]!.translationNotNeeded;
  if (!note) return changed;
  if (startOfDayAnywhere(note) > now.getTime()) {
    return {...changed, label: `${changed.label} (its translationNotNeeded date, ${note}, is in the future)`};
  }
  // The day of the change as it was recorded, in the time zone of whoever made it (git and localIso keep it).
  if (note >= files[newer]!.changed.slice(0, 10)) {
    return {status: 'in-step', label: `in step (the ${languageName[newer]} change needed no translation)`};
  }
  return changed;
}

/** Every pair, and the files left out because they have no readable id (content:check says why). */
export function translationReport(options: {root?: string; now?: Date} = {}): {pairs: TranslationPair[]; skipped: string[]} {
  const root = contentRoot(options.root);
  const rel = (file: string) => path.relative(path.dirname(root), file) || file;
  const files: {path: string; locale: Locale; id: string; translationNotNeeded?: string}[] = [];
  const skipped: string[] = [];
  for (const locale of routing.locales) {
    const dir = path.join(root, locale);
    // lstat: shortcuts, devices and pipes are never read (content:check reports them).
    const names = fs.lstatSync(dir, {throwIfNoEntry: false})?.isDirectory() ? fs.readdirSync(dir).sort() : [];
    for (const name of names) {
      const file = path.join(dir, name);
      if (name.startsWith('.') || !name.endsWith('.mdx') || !fs.lstatSync(file).isFile()) continue;
      const fields = topFields(fs.readFileSync(file, 'utf8'));
      if (fields.id) files.push({path: file, locale, id: fields.id, translationNotNeeded: fields.translationNotNeeded});
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
    pair[f.locale] = {...lastChange(f.path), ...(f.translationNotNeeded && {translationNotNeeded: f.translationNotNeeded})};
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
 * `id` and `translationNotNeeded` from the fields at the top, read line by line rather than parsed,
 * so a file whose fields have a problem (reported by content:check) still finds its twin.
 */
function topFields(source: string): {id?: string; translationNotNeeded?: string} {
  const block = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source.replace(/^\uFEFF/, ''));
  if (!block) return {};
  const note = sniffField(block[1], 'translationNotNeeded').value;
  return {id: sniffField(block[1], 'id').value, translationNotNeeded: note && /^\d{4}-\d{2}-\d{2}$/.test(note) ? note : undefined};
}

/**
 * The last commit date of every committed file under `root` whose working copy has no changes,
 * by absolute path; null when `root` is not in a git repository or git is missing.
 */
function gitHistory(root: string): Map<string, string> | null {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'core.quotePath=false', '--no-optional-locks', ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
      // The repository is the one holding the content folder, whatever a calling git hook set.
      env: {...process.env, GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: undefined}
    });
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

/** Today's date in this computer's time zone, as editors write it: 2026-11-24. */
export function today(now: Date = new Date()): string {
  return localIso(now).slice(0, 10);
}

/**
 * What to do about a pair out of step, in plain words, naming both files. Empty for a pair in step
 * or in one language only (a missing twin is a problem content:check reports on its own).
 */
export function whatToDo(pair: TranslationPair, now: Date = new Date()): string {
  if (pair.status !== 'es-newer' && pair.status !== 'en-newer') return '';
  const newer = pair.status === 'es-newer' ? 'es' : 'en';
  const older = newer === 'es' ? 'en' : 'es';
  const changed = pair.files[newer]!.file;
  const other = pair.files[older]!.file;
  return (
    `${changed} changed after ${other}: translate the change into ${other} (skip this if it needed no translation), ` +
    `then add this line to the fields at the top of the file you changed last:  translationNotNeeded: ${today(now)}`
  );
}
