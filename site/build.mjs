// npm run build: the content check, `next build` (a static export), then site/postexport.mjs,
// into a folder of its own (dist/builds/<id>/) that dist/current is switched to only when everything
// succeeded: a running server keeps sending the build it started a request with, whole.
// `npm start` calls buildIfStale(): it builds only when something that changes the output changed.
import {spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {entryKind, unusualContentLines} from './plain-files.mjs';
import {postExport} from './postexport.mjs';
import {alive, currentBuild, heldBuilds} from './serve.mjs';
import {SiteUrlError, resolveSiteUrl} from './site-url.mjs';

/** Where the built site lives (SITE_DIST to put it elsewhere, as the tests do). */
export const distDir = () => path.resolve(process.env.SITE_DIST ?? 'dist');

/** Everything that changes the output: code, content, settings and the installed versions. */
const SOURCES = ['app', 'components', 'i18n', 'lib', 'messages', 'public', 'assets', 'site', 'global.ts', 'next.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
const SETTINGS = ['SITE_URL', 'EXIT_URL_ES', 'EXIT_URL_EN'];
/** Tests and docs beside the code do not change the site. */
const NOT_OUTPUT = /(\.test\.|\.spec\.|\.md$)/;

function filesUnder(entry, top = true) {
  // The folders listed above (and CONTENT_DIR) may be links to a folder; nothing inside them is followed.
  const linkedFolder = top && entryKind(entry) === 'link' && fs.statSync(entry, {throwIfNoEntry: false})?.isDirectory();
  const kind = linkedFolder ? 'folder' : entryKind(entry);
  if (kind === 'missing') return [];
  if (kind !== 'folder') return [entry];
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name), false));
}

/** A hash of every input file (name and bytes) and setting: any addition, change, rename or deletion changes it. */
export function fingerprint() {
  const hash = crypto.createHash('sha256');
  const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
  for (const file of [...SOURCES, contentDir].flatMap(filesUnder).filter((f) => !NOT_OUTPUT.test(f))) {
    // A shortcut, device or pipe is hashed as what it is, never read (the content check refuses it):
    // reading one could hang here, before the check has said why.
    const kind = entryKind(file);
    const bytes = kind === 'file' ? fs.readFileSync(file) : kind === 'link' ? `link to ${fs.readlinkSync(file)}` : kind;
    hash.update(`${path.relative('.', file)}\0`).update(bytes).update('\0');
  }
  for (const name of [...SETTINGS, 'CONTENT_DIR']) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

export function builtFingerprint() {
  const file = path.join(distDir(), 'fingerprint');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : undefined;
}

export class BuildError extends Error {}

const bin = (name) => path.join('node_modules', '.bin', name);
// The environment is read at each call: build() settles SITE_URL first.
const run = (name, args, options = {}) =>
  spawnSync(bin(name), args, {env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'}, encoding: 'utf8', ...options});

/**
 * Settles the public address before anything is built (site/site-url.mjs): SITE_URL, or for a local
 * build (local, as npm start asks) the one local address, the same on every port. Without either it
 * stops at once with a plain message. The address is put in process.env for next build and the fingerprint.
 * @param {{local?: boolean, localPort?: number | string}} [options] localPort, as older callers
 *   (scripts/bench.mjs) pass it, means local; the port itself no longer changes the build.
 */
let settled;
export function settleSiteUrl({local, localPort} = {}) {
  // Settled once already (buildIfStale, then build): keep what was decided, local or not.
  if (settled && process.env.SITE_URL === settled.url) return settled;
  let resolved;
  try {
    resolved = resolveSiteUrl(process.env, {local: local ?? localPort !== undefined});
  } catch (error) {
    if (error instanceof SiteUrlError) throw new BuildError(error.message);
    throw error;
  }
  process.env.SITE_URL = resolved.url;
  settled = resolved;
  return resolved;
}

/** The names in dist/ that lead to the current build (dist/site, dist/headers.json…), for the docs, tests and tools. */
const LINKED = ['site', 'netlify', 'headers.json', 'nginx.conf', 'Caddyfile', 'fingerprint', 'build.json'];
/** How many finished builds are kept: the current one and the one before it (a server may still be sending its files). */
const KEEP = 2;

/** A new build's name: its time, then this process, so names sort by age and two builds never share one. */
let builds = 0;
const newBuildId = () => `${new Date().toISOString().replace(/[-:Z]/g, '').replace('T', '-').replace('.', '')}-${process.pid}-${builds++}`;

/** Replaces (or makes) the link `file` with one to `target`, in one rename(2): anyone reading it sees the old link or the new one. */
function replaceLink(file, target) {
  const temp = `${file}.${process.pid}.tmp`;
  fs.rmSync(temp, {force: true});
  fs.symlinkSync(target, temp);
  fs.renameSync(temp, file);
}

/**
 * The links dist/site, dist/headers.json… to current/…, made once. A dist/ from before builds had
 * folders of their own holds these as real files: they are moved into a build folder of their own.
 */
function linkNames(target) {
  const legacy = path.join(target, 'builds', '00000000-000000000-legacy');
  for (const name of LINKED) {
    const file = path.join(target, name);
    const kind = entryKind(file);
    if (kind === 'link') continue;
    if (kind !== 'missing') {
      fs.mkdirSync(legacy, {recursive: true});
      fs.renameSync(file, path.join(legacy, name));
    }
    replaceLink(file, path.join('current', name));
  }
}

function removeIfEmpty(folder) {
  try {
    fs.rmdirSync(folder);
  } catch {
    // Not empty, or not there: left as it is.
  }
}

/** The switch: dist/current names the finished build `id`, all of it at once; dist/site… lead through it. */
export function switchTo(target, id) {
  replaceLink(path.join(target, 'current'), path.join('builds', id));
  linkNames(target);
}

/**
 * Deletes old builds: all but the last KEEP finished ones, except a build a running server still
 * sends (site/serve.mjs notes it in dist/serving/), and unfinished folders of builds that are
 * no longer running (a build stopped half-way).
 */
export function removeOldBuilds(target, log = console.log) {
  const folder = path.join(target, 'builds');
  const held = new Set(heldBuilds(target));
  const current = currentBuild(target);
  const names = fs.readdirSync(folder).sort();
  const finished = names.filter((n) => !n.endsWith('.partial'));
  const keep = new Set([...finished.slice(-KEEP), current, ...held]);
  for (const name of names) {
    const partial = /-(\d+)-\d+\.partial$/.exec(name);
    if (partial ? alive(Number(partial[1])) : keep.has(name)) continue;
    fs.rmSync(path.join(folder, name), {recursive: true, force: true});
    if (!partial) log(`Removed the old build ${name}.`);
  }
}

/**
 * Builds the site into a folder of its own (dist/builds/<id>/), then points dist/current to it with
 * one rename(2), so a running server never sees a half-written build or a file changed under it.
 * Throws BuildError with a plain message; a failed build leaves the current one as it was.
 * @param {{log?: (line: string) => void, local?: boolean, localPort?: number | string}} [options] local: a
 *   build for this computer only (npm start), which uses the local address when SITE_URL is unset
 */
export async function build({log = console.log, ...where} = {}) {
  const target = distDir();
  const siteUrl = settleSiteUrl(where);
  const print = fingerprint();

  // Shortcuts, devices and pipes in content/ stop the build before anything reads the folder.
  const unusual = unusualContentLines(path.resolve(process.env.CONTENT_DIR ?? 'content'));
  if (unusual.length) {
    throw new BuildError(`${unusual.length} problem${unusual.length === 1 ? '' : 's'} to fix (file:line  field  expected  found):\n\n${unusual.join('\n')}`);
  }

  log('Checking the content…');
  const check = run('tsx', ['scripts/content-check.ts', '--problems-only']);
  if (check.status !== 0) throw new BuildError(`${check.stderr || check.stdout}`.trim());

  log('Building the pages (next build)…');
  const next = run('next', ['build'], {stdio: ['ignore', 'pipe', 'pipe']});
  if (next.status !== 0) {
    const output = `${next.stdout}\n${next.stderr}`;
    // A content problem the check did not catch still names its file and line in the message.
    const lines = output.split('\n').filter((l) => /^\s*[\w.[\]/-]+\.(mdx|tsx?|json)(:\d+|\(\d+,\d+\))/.test(l) || /Error:/.test(l));
    throw new BuildError(`next build failed:\n${(lines.length ? lines : output.split('\n').slice(-25)).join('\n')}`);
  }

  log('Removing the framework runtime and writing the headers…');
  const id = newBuildId();
  const folder = path.join(target, 'builds', id);
  const staging = `${folder}.partial`;
  fs.mkdirSync(staging, {recursive: true});
  let result;
  try {
    // nginx's root is this build's own folder: an nginx running with this build's CSP keeps
    // sending this build's files until it is reloaded with the next build's nginx.conf.
    result = await postExport({from: process.env.NEXT_DIST_DIR ?? 'out', to: staging, servedFrom: path.join(folder, 'site')});
    fs.writeFileSync(path.join(staging, 'fingerprint'), `${print}\n`);
    // The address this build carries (the tests read it: a deployment build holds no "localhost").
    fs.writeFileSync(path.join(staging, 'build.json'), `${JSON.stringify({...siteUrl, id}, null, 2)}\n`);
    fs.renameSync(staging, folder);
  } catch (error) {
    fs.rmSync(staging, {recursive: true, force: true});
    // The folders this build made, if nothing else is in them (a first build that failed leaves nothing).
    for (const dir of [path.join(target, 'builds'), target]) removeIfEmpty(dir);
    throw new BuildError(error.message);
  }

  switchTo(target, id);
  removeOldBuilds(target, log);
  const indexed = Object.entries(result.indexed).map(([lang, n]) => `${n} ${lang}`).join(', ');
  log(`Built ${result.pages} pages into ${path.relative('.', target) || target}/site (build ${id}; ${result.removed} files of the framework left out; search index: ${indexed} pages).`);
  return {...result, id};
}

/** Builds when the served site is missing or older than its inputs. */
export async function buildIfStale(options = {}) {
  settleSiteUrl(options);
  const built = builtFingerprint();
  if (built && built === fingerprint()) return {built: false};
  (options.log ?? console.log)(built ? 'The site changed since the last build: building again…' : 'No build yet: building the site…');
  await build(options);
  return {built: true};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await build();
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    console.error(`\nThe site was not built:\n\n${error.message}\n`);
    process.exit(1);
  }
}
