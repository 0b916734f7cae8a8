// What the host-engine runners (site/*-for-tests.mjs) share: each serves the build in the
// foreground on PORT for the server tests, with its state in a temporary folder removed on exit.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A temporary folder for an engine's state, and the function that removes it. */
export function temporaryHome(name) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `site-${name}-`));
  return {home, remove: () => fs.rmSync(home, {recursive: true, force: true})};
}

/** Runs `command` until it ends or the test runner stops this process; then removes `home`. */
export function runEngine(command, args, {home, cwd, env = {}}) {
  const engine = spawn(command, args, {cwd, stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, HOME: home.home, XDG_CONFIG_HOME: home.home, ...env}});
  const stop = () => engine.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  engine.on('exit', (code) => {
    home.remove();
    process.exit(code ?? 0);
  });
}
