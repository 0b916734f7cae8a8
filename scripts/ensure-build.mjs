// Runs before `npm start`: builds the site when there is no build, or when a
// source file is newer than the build, so `npm install && npm start` just works.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const sources = ['app', 'components', 'content', 'lib', 'i18n', 'messages', 'public', 'assets', 'next.config.ts', 'proxy.ts', 'package.json'];
const buildId = path.join('.next', 'BUILD_ID');

function newest(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const changed = Math.max(...sources.map(newest));
if (built && changed <= built) process.exit(0);

console.log(built ? 'Sources changed since the last build: building again…' : 'No build yet: building the site…');
const result = spawnSync('npx', ['next', 'build'], {stdio: 'inherit', env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'}});
process.exit(result.status ?? 1);
