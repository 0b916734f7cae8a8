// npm run build: the content check, `next build` (a static export), then site/postexport.mjs,
// into a staging folder that replaces the served site only when everything succeeded.
// `npm start` calls buildIfStale(): it builds only when something that changes the output changed.
import {spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {entryKind, unusualContentLines} from './plain-files.mjs';
import {postExport} from './postexport.mjs';
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
 * build (localPort given, as npm start does) http://localhost:<localPort>. Without either it stops at
 * once with a plain message. The address is put in process.env for next build and the fingerprint.
 */
let settled;
export function settleSiteUrl({localPort} = {}) {
  // Settled once already (buildIfStale, then build): keep what was decided, local or not.
  if (settled && process.env.SITE_URL === settled.url) return settled;
  let resolved;
  try {
    resolved = resolveSiteUrl(process.env, {localPort});
  } catch (error) {
    if (error instanceof SiteUrlError) throw new BuildError(error.message);
    throw error;
  }
  process.env.SITE_URL = resolved.url;
  settled = resolved;
  return resolved;
}

/**
 * Builds the site into a staging folder, then swaps it in. Throws BuildError with a plain message.
 * @param {{log?: (line: string) => void, localPort?: number | string}} [options] localPort: a build for
 *   this computer only (npm start), which may use http://localhost:<localPort> when SITE_URL is unset
 */
export async function build({log = console.log, localPort} = {}) {
  const target = distDir();
  const staging = `${target}.staging`;
  const siteUrl = settleSiteUrl({localPort});
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
  fs.rmSync(staging, {recursive: true, force: true});
  let result;
  try {
    result = await postExport({from: process.env.NEXT_DIST_DIR ?? 'out', to: staging, servedFrom: path.join(target, 'site')});
  } catch (error) {
    fs.rmSync(staging, {recursive: true, force: true});
    throw new BuildError(error.message);
  }
  fs.writeFileSync(path.join(staging, 'fingerprint'), `${print}\n`);
  // The address this build carries (the tests read it: a deployment build holds no "localhost").
  fs.writeFileSync(path.join(staging, 'build.json'), `${JSON.stringify(siteUrl, null, 2)}\n`);

  const old = `${target}.old`;
  fs.rmSync(old, {recursive: true, force: true});
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(staging, target);
  fs.rmSync(old, {recursive: true, force: true});
  const indexed = Object.entries(result.indexed).map(([lang, n]) => `${n} ${lang}`).join(', ');
  log(`Built ${result.pages} pages into ${path.relative('.', target) || target}/site (${result.removed} files of the framework left out; search index: ${indexed} pages).`);
  return result;
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
