import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {removeOldBuilds, switchTo} from './build.mjs';
import {currentBuild, heldBuilds} from './serve.mjs';

/** Which builds a new build removes from dist/builds/ (site/build.mjs), on folders made here. */

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, {recursive: true, force: true})));

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

function dist(names: string[], current: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-builds-'));
  dirs.push(dir);
  for (const name of names) fs.mkdirSync(path.join(dir, 'builds', name, 'site'), {recursive: true});
  fs.symlinkSync(path.join('builds', current), path.join(dir, 'current'));
  return dir;
}

const note = (dir: string, pid: number, id: string) => {
  fs.mkdirSync(path.join(dir, 'serving'), {recursive: true});
  fs.writeFileSync(path.join(dir, 'serving', `${pid}-0`), `${id}\n`);
};

describe('old builds', () => {
  const [a, b, c, d] = ['20261201-000000000-1-0', '20261202-000000000-1-0', '20261203-000000000-1-0', '20261204-000000000-1-0'];

  it('keeps the current build and the one before it, and removes the rest', () => {
    const dir = dist([a, b, c, d], d);
    removeOldBuilds(dir, () => {});
    expect(fs.readdirSync(path.join(dir, 'builds')).sort()).toEqual([c, d]);
    expect(currentBuild(dir)).toBe(d);
  });

  it('keeps a build a running server still sends; forgets the note of a server that is gone', () => {
    const dir = dist([a, b, c, d], d);
    note(dir, process.pid, a);
    note(dir, deadPid(), b);
    expect(heldBuilds(dir)).toEqual([a]);
    removeOldBuilds(dir, () => {});
    expect(fs.readdirSync(path.join(dir, 'builds')).sort()).toEqual([a, c, d]);
    expect(fs.readdirSync(path.join(dir, 'serving'))).toEqual([`${process.pid}-0`]);
  });

  it('leaves the unfinished folder of a build still running, removes that of one that stopped half-way', () => {
    const running = `20261205-000000000-${process.pid}-0.partial`;
    const stopped = `20261205-000000000-${deadPid()}-0.partial`;
    const dir = dist([c, d, running, stopped], d);
    removeOldBuilds(dir, () => {});
    expect(fs.readdirSync(path.join(dir, 'builds')).sort()).toEqual([c, d, running]);
  });
});

describe('the switch to a new build', () => {
  it('points dist/current to it; dist/site and the other names lead through it, also from a dist/ of before build folders', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-builds-'));
    dirs.push(dir);
    // A dist/ written before builds had folders of their own: its files are real ones.
    fs.mkdirSync(path.join(dir, 'site'));
    fs.writeFileSync(path.join(dir, 'site', 'es.html'), 'old');
    fs.writeFileSync(path.join(dir, 'headers.json'), '{"old": true}');
    const id = '20261205-000000000-1-0';
    fs.mkdirSync(path.join(dir, 'builds', id, 'site'), {recursive: true});
    fs.writeFileSync(path.join(dir, 'builds', id, 'site', 'es.html'), 'new');
    fs.writeFileSync(path.join(dir, 'builds', id, 'headers.json'), '{"new": true}');

    switchTo(dir, id);
    expect(currentBuild(dir)).toBe(id);
    expect(fs.readFileSync(path.join(dir, 'site', 'es.html'), 'utf8')).toBe('new');
    expect(fs.readFileSync(path.join(dir, 'headers.json'), 'utf8')).toBe('{"new": true}');
    for (const name of ['site', 'headers.json', 'nginx.conf', 'fingerprint', 'build.json']) {
      expect(fs.readlinkSync(path.join(dir, name))).toBe(path.join('current', name));
    }
    // The old files are kept as the build before, and go with the next clean-up but one.
    expect(fs.readFileSync(path.join(dir, 'builds', '00000000-000000000-legacy', 'site', 'es.html'), 'utf8')).toBe('old');

    const next = '20261206-000000000-1-0';
    fs.mkdirSync(path.join(dir, 'builds', next, 'site'), {recursive: true});
    fs.writeFileSync(path.join(dir, 'builds', next, 'site', 'es.html'), 'newer');
    switchTo(dir, next);
    expect(fs.readFileSync(path.join(dir, 'site', 'es.html'), 'utf8')).toBe('newer');
    removeOldBuilds(dir, () => {});
    expect(fs.readdirSync(path.join(dir, 'builds')).sort()).toEqual([id, next]);
  });
});
