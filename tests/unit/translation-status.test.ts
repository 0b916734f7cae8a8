import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {loadContent} from '@/lib/content/load';
import {
  compareChanges,
  localIso,
  translationReport,
  translationStatus,
  whatToDo,
  type ChangeToCompare,
  type TranslationPair
} from '@/lib/content/translation-status';
import {contentFolder, page} from './content-fixture';

const now = new Date('2026-11-26T12:00:00Z');
const es = (changed: string, more: Partial<ChangeToCompare> = {}): ChangeToCompare => ({
  file: 'content/es/ayuda.mdx',
  changed,
  from: 'git',
  ...more
});
const en = (changed: string, more: Partial<ChangeToCompare> = {}): ChangeToCompare => ({
  file: 'content/en/get-help.mdx',
  changed,
  from: 'git',
  ...more
});

describe('compareChanges (fixture histories)', () => {
  it('finds a pair changed in the same commit in step', () => {
    expect(compareChanges({es: es('2026-11-20T10:00:00+01:00'), en: en('2026-11-20T10:00:00+01:00')}, now)).toEqual({
      status: 'in-step',
      label: 'in step'
    });
    // The same moment written in another time zone is still the same commit.
    expect(compareChanges({es: es('2026-11-20T10:00:00+01:00'), en: en('2026-11-20T09:00:00Z')}, now).status).toBe('in-step');
  });

  it('counts changes less than a minute apart as one edit (a copy, a checkout, a rebase)', () => {
    expect(compareChanges({es: es('2026-11-20T10:00:59Z'), en: en('2026-11-20T10:00:00Z')}, now).status).toBe('in-step');
    expect(compareChanges({es: es('2026-11-20T10:01:00Z'), en: en('2026-11-20T10:00:00Z')}, now).status).toBe('es-newer');
  });

  it('finds the Spanish file newer, even later on the same day', () => {
    expect(compareChanges({es: es('2026-11-20T16:30:00Z'), en: en('2026-11-20T10:00:00Z')}, now)).toEqual({
      status: 'es-newer',
      label: 'Spanish changed after English'
    });
  });

  it('finds the English file newer', () => {
    expect(compareChanges({es: es('2026-11-20T10:00:00Z'), en: en('2026-11-22T10:00:00Z', {from: 'file date'})}, now)).toEqual({
      status: 'en-newer',
      label: 'English changed after Spanish'
    });
  });

  it('is in step when the newer file says its change needed no translation, on the day of the change or later', () => {
    const older = en('2026-11-20T10:00:00Z');
    for (const note of ['2026-11-22', '2026-11-25']) {
      expect(compareChanges({es: es('2026-11-22T23:30:00-06:00', {translationNotNeeded: note}), en: older}, now)).toEqual({
        status: 'in-step',
        label: 'in step (the Spanish change needed no translation)'
      });
    }
  });

  it('still finds the pair out of step when translationNotNeeded is older than the change', () => {
    expect(
      compareChanges({es: es('2026-11-23T09:00:00+01:00', {translationNotNeeded: '2026-11-22'}), en: en('2026-11-20T10:00:00Z')}, now)
    ).toEqual({status: 'es-newer', label: 'Spanish changed after English'});
  });

  it('counts only the newer file\'s translationNotNeeded', () => {
    expect(
      compareChanges({es: es('2026-11-20T10:00:00Z', {translationNotNeeded: '2026-11-25'}), en: en('2026-11-22T10:00:00Z')}, now)
        .status
    ).toBe('en-newer');
  });

  it('ignores a translationNotNeeded date in the future, and says so', () => {
    expect(
      compareChanges({es: es('2026-11-23T09:00:00Z', {translationNotNeeded: '2027-11-23'}), en: en('2026-11-20T10:00:00Z')}, now)
    ).toEqual({status: 'es-newer', label: 'Spanish changed after English (its translationNotNeeded date, 2027-11-23, is in the future)'});
  });

  it('compares times, not days: a change made after the line was written, later the same day, shows', () => {
    const note = {translationNotNeeded: '2026-11-23', noteWritten: '2026-11-23T09:00:00+01:00'};
    const older = en('2026-11-20T10:00:00Z');
    // The commit that wrote the line: in step.
    expect(compareChanges({es: es('2026-11-23T09:00:00+01:00', note), en: older}, now).status).toBe('in-step');
    // Saved again that afternoon, the line unchanged: out of step.
    expect(compareChanges({es: es('2026-11-23T16:30:00+01:00', note), en: older}, now)).toEqual({
      status: 'es-newer',
      label: 'Spanish changed after English (again, after its translationNotNeeded line)'
    });
    // A second line the same day, with the time, written with that change: in step again.
    const again = {translationNotNeeded: '2026-11-23 16:29', noteWritten: '2026-11-23T16:30:00+01:00'};
    expect(compareChanges({es: es('2026-11-23T16:30:00+01:00', again), en: older}, now).status).toBe('in-step');
  });

  it('names the one language of a page without its twin', () => {
    expect(compareChanges({es: es('2026-11-20T10:00:00Z')}, now)).toEqual({status: 'one-language', label: 'only in Spanish'});
    expect(compareChanges({en: en('2026-11-20T10:00:00Z')}, now)).toEqual({status: 'one-language', label: 'only in English'});
  });
});

describe('whatToDo', () => {
  it('names both files and gives the line to copy, with today\'s date and the time', () => {
    const pair: TranslationPair = {
      id: 'get-help',
      files: {es: es('2026-11-22T10:00:00Z'), en: en('2026-11-20T10:00:00Z')},
      status: 'es-newer',
      label: 'Spanish changed after English'
    };
    expect(whatToDo(pair, new Date(2026, 10, 26, 12))).toBe(
      'content/es/ayuda.mdx changed after content/en/get-help.mdx: translate the change into content/en/get-help.mdx ' +
        '(skip this if it needed no translation), then add this line to the fields at the top of the file you changed last ' +
        '(or change the one it has):  translationNotNeeded: 2026-11-26 12:00'
    );
    expect(whatToDo({...pair, status: 'in-step', label: 'in step'})).toBe('');
  });
});

let made: string[] = [];
beforeEach(() => {
  // The temporary folders are never inside another repository (git stops looking above the temp folder).
  vi.stubEnv('GIT_CEILING_DIRECTORIES', fs.realpathSync(os.tmpdir()));
});
afterEach(() => {
  vi.unstubAllEnvs();
  made.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true}));
  made = [];
});

/** A new folder `dir` holding content/; `write` puts a file under content/. */
function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-'));
  made.push(dir);
  const root = path.join(dir, 'content');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    fs.writeFileSync(path.join(root, file), text);
  };
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      stdio: 'ignore',
      env: {...process.env, ...(date && {GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date})}
    });
  const commit = (date: string) => {
    git(['add', '-A']);
    git(['commit', '-q', '-m', `Edit on ${date}`], date);
  };
  return {dir, root, write, git, commit};
}

const byId = (pairs: TranslationPair[]) => Object.fromEntries(pairs.map((p) => [p.id, p]));

describe('translationStatus on a git repository', () => {
  it('follows commits, then uncommitted changes and new files by their file dates', () => {
    const {root, write, git, commit} = project();
    git(['init', '-q']);
    write('es/ayuda.mdx', page('get-help'));
    write('en/get-help.mdx', page('get-help'));
    write('es/senales-de-trata.mdx', page('signs-of-trafficking'));
    write('en/signs-of-trafficking.mdx', page('signs-of-trafficking'));
    commit('2026-11-20T10:00:00+01:00');

    // A fresh clone (or a shallow one in CI): every file in one commit, every page in step.
    const first = translationStatus({root, now});
    expect(first.map((p) => [p.id, p.status])).toEqual([
      ['get-help', 'in-step'],
      ['signs-of-trafficking', 'in-step']
    ]);
    expect(first[0].files).toEqual({
      es: {file: 'content/es/ayuda.mdx', changed: '2026-11-20T10:00:00+01:00', from: 'git'},
      en: {file: 'content/en/get-help.mdx', changed: '2026-11-20T10:00:00+01:00', from: 'git'}
    });

    write('es/ayuda.mdx', page('get-help') + 'More text.\n');
    commit('2026-11-22T09:00:00+01:00');
    let pairs = byId(translationStatus({root, now}));
    expect(pairs['get-help']).toMatchObject({status: 'es-newer', label: 'Spanish changed after English'});
    expect(pairs['get-help'].files.es).toEqual({file: 'content/es/ayuda.mdx', changed: '2026-11-22T09:00:00+01:00', from: 'git'});

    // An uncommitted change is newer than the file's last commit: the file's date counts.
    write('en/signs-of-trafficking.mdx', page('signs-of-trafficking') + 'More text.\n');
    const saved = new Date('2026-11-25T15:00:00Z');
    fs.utimesSync(path.join(root, 'en/signs-of-trafficking.mdx'), saved, saved);
    // A file never committed is dated by the file too.
    write('es/solo-borrador.mdx', page('draft-only', {draft: 'true'}));
    fs.utimesSync(path.join(root, 'es/solo-borrador.mdx'), saved, saved);

    pairs = byId(translationStatus({root, now}));
    expect(pairs['signs-of-trafficking']).toMatchObject({status: 'en-newer', label: 'English changed after Spanish'});
    expect(pairs['signs-of-trafficking'].files.en).toEqual({
      file: 'content/en/signs-of-trafficking.mdx',
      changed: localIso(saved),
      from: 'file date'
    });
    expect(pairs['signs-of-trafficking'].files.es?.from).toBe('git');
    expect(pairs['draft-only']).toEqual({
      id: 'draft-only',
      files: {es: {file: 'content/es/solo-borrador.mdx', changed: localIso(saved), from: 'file date'}},
      status: 'one-language',
      label: 'only in Spanish'
    });

    // The editor records that the Spanish change needed no translation.
    write('es/ayuda.mdx', page('get-help', {translationNotNeeded: '2026-11-23'}) + 'More text.\n');
    git(['add', 'content/es/ayuda.mdx']);
    git(['commit', '-q', '-m', 'No translation needed'], '2026-11-23T08:00:00+01:00');
    expect(byId(translationStatus({root, now}))['get-help']).toMatchObject({
      status: 'in-step',
      label: 'in step (the Spanish change needed no translation)'
    });

    // Later the same day, a real change, the line left as it was: it shows, committed or not.
    write('es/ayuda.mdx', page('get-help', {translationNotNeeded: '2026-11-23'}) + 'More text.\nA real change.\n');
    const afternoon = new Date('2026-11-23T16:00:00+01:00');
    fs.utimesSync(path.join(root, 'es/ayuda.mdx'), afternoon, afternoon);
    expect(byId(translationStatus({root, now}))['get-help'].status).toBe('es-newer');
    git(['add', 'content/es/ayuda.mdx']);
    git(['commit', '-q', '-m', 'A real change'], '2026-11-23T16:00:00+01:00');
    expect(byId(translationStatus({root, now}))['get-help']).toMatchObject({
      status: 'es-newer',
      label: 'Spanish changed after English (again, after its translationNotNeeded line)'
    });

    // Translated into English, with its own line: in step. Then a typo fixed in Spanish, with a new line, not yet committed.
    write('en/get-help.mdx', page('get-help', {translationNotNeeded: '2026-11-23 17:00'}) + 'More text.\nA real change.\n');
    git(['add', 'content/en/get-help.mdx']);
    git(['commit', '-q', '-m', 'Translated'], '2026-11-23T17:00:00+01:00');
    expect(byId(translationStatus({root, now}))['get-help'].status).toBe('in-step');
    write('es/ayuda.mdx', page('get-help', {translationNotNeeded: '2026-11-23 17:30'}) + 'More text.\nA real change, typo fixed.\n');
    const evening = new Date('2026-11-23T17:30:00+01:00');
    fs.utimesSync(path.join(root, 'es/ayuda.mdx'), evening, evening);
    expect(byId(translationStatus({root, now}))['get-help'].status).toBe('in-step');
  });
});

describe('translationStatus without git', () => {
  it('uses the files\' dates', () => {
    const {root, write} = project();
    write('es/ayuda.mdx', page('get-help'));
    write('en/get-help.mdx', page('get-help'));
    write('es/senales-de-trata.mdx', page('signs-of-trafficking'));
    write('en/signs-of-trafficking.mdx', page('signs-of-trafficking'));
    const set = (file: string, iso: string) => fs.utimesSync(path.join(root, file), new Date(iso), new Date(iso));
    set('es/ayuda.mdx', '2026-11-21T10:00:00Z');
    set('en/get-help.mdx', '2026-11-20T10:00:00Z');
    // Unpacked from one download: the same date for both.
    set('es/senales-de-trata.mdx', '2026-11-20T10:00:00Z');
    set('en/signs-of-trafficking.mdx', '2026-11-20T10:00:00Z');

    const pairs = byId(translationStatus({root, now}));
    expect(pairs['get-help']).toEqual({
      id: 'get-help',
      files: {
        es: {file: 'content/es/ayuda.mdx', changed: localIso(new Date('2026-11-21T10:00:00Z')), from: 'file date'},
        en: {file: 'content/en/get-help.mdx', changed: localIso(new Date('2026-11-20T10:00:00Z')), from: 'file date'}
      },
      status: 'es-newer',
      label: 'Spanish changed after English'
    });
    expect(pairs['signs-of-trafficking'].status).toBe('in-step');
  });

  it('pairs a file whose fields have a problem by its id line, and lists a file without an id as left out', () => {
    const {root, write} = project();
    write('es/ayuda.mdx', page('get-help').replace('title: "A page of the site"', 'title: “A page: of the site”'));
    write('en/get-help.mdx', page('get-help', {id: '"get-help"  # the same in both languages'}));
    write('en/no-fields.mdx', 'Just text.\n');
    const {pairs, skipped} = translationReport({root, now});
    expect(pairs.map((p) => [p.id, Object.keys(p.files)])).toEqual([['get-help', ['es', 'en']]]);
    expect(skipped).toEqual(['content/en/no-fields.mdx']);
  });
});

describe('translationNotNeeded field', () => {
  it('is accepted as a date or a date and time, and anything else is reported with its line', () => {
    const {root, write} = contentFolder('status-fields-');
    write('es/ayuda.mdx', page('get-help', {translationNotNeeded: '2026-11-23'}));
    expect(loadContent({root, includeDrafts: true}).problems).toEqual([]);
    write('es/ayuda.mdx', page('get-help', {translationNotNeeded: '2026-11-23 17:30'}));
    expect(loadContent({root, includeDrafts: true}).problems).toEqual([]);

    write('es/ayuda.mdx', page('get-help', {translationNotNeeded: 'yesterday'}));
    expect(loadContent({root, includeDrafts: true}).problems).toEqual([
      {
        file: `${path.basename(root)}/es/ayuda.mdx`,
        line: 9,
        field: 'translationNotNeeded',
        expected: 'a date written as YYYY-MM-DD, like 2026-11-22 (or with the time, like 2026-11-22 15:42)',
        found: '"yesterday" (9 characters)'
      }
    ]);
  });
});
