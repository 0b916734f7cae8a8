// The framework floor: what a bare Next.js app (one layout, one "hello" page) built with the
// same versions makes a browser download on first visit. Everything above it is ours.
import fs from 'node:fs';
import path from 'node:path';
import {measurePage, run, startServer} from './server.mjs';

export async function measureFloor(browser, port = 3220) {
  const dir = path.resolve('.bench/floor-app');
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(path.join(dir, 'app'), {recursive: true});
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
  // Inside the project, so `next` resolves from the project's node_modules (same versions).
  fs.writeFileSync(
    path.join(dir, 'next.config.mjs'),
    `export default {turbopack: {root: ${JSON.stringify(path.resolve('.'))}}};\n`
  );
  fs.writeFileSync(
    path.join(dir, 'app/layout.jsx'),
    'export default function Layout({children}) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n'
  );
  fs.writeFileSync(path.join(dir, 'app/page.jsx'), 'export default function Page() {\n  return <p>hello</p>;\n}\n');
  run('npx', ['next', 'build'], {cwd: dir, stdio: 'ignore'});
  const stop = await startServer('npx', ['next', 'start', '-p', String(port)], `http://localhost:${port}/`, {cwd: dir});
  try {
    return await measurePage(browser, `http://localhost:${port}/`);
  } finally {
    stop();
  }
}
