import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {statusText, wrap, WIDTH} from '@/lib/content/status-text';
import type {TranslationPair} from '@/lib/content/translation-status';
import {contentFolder, page} from './content-fixture';

/** npm run content:status: every line fits in a terminal of 80 columns. */
const longEs = 'content/es/servicios-que-necesitan-los-sobrevivientes.mdx';
const longEn = 'content/en/survivors-from-mexico-and-latin-america.mdx';
const pairs: TranslationPair[] = [
  {
    id: 'survivors-from-mexico-and-latin-america',
    files: {
      es: {file: longEs, changed: '2026-11-23T16:00:00+01:00', from: 'file date'},
      en: {file: longEn, changed: '2026-11-20T10:00:00+01:00', from: 'git'}
    },
    status: 'es-newer',
    label: 'Spanish changed after English (again, after its translationNotNeeded line)'
  },
  {
    id: 'draft-only',
    files: {es: {file: 'content/es/solo-borrador.mdx', changed: '2026-11-23T16:00:00+01:00', from: 'git'}},
    status: 'one-language',
    label: 'only in Spanish'
  },
  ...[
    'about',
    'get-help',
    'browse-safely',
    'quick-exit',
    'services-survivors-need',
    'what-happens-when-you-call',
    'rights-and-options'
  ].map((id): TranslationPair => ({
    id,
    files: {es: {file: `content/es/${id}.mdx`, changed: '2026-11-20T10:00:00+01:00', from: 'git'}},
    status: 'in-step',
    label: 'in step'
  }))
];
const now = new Date(2026, 10, 26, 12, 0);
const tooWide = (lines: string[]) => lines.filter((l) => l.length > WIDTH);

describe('content:status output', () => {
  it('fits in 80 columns, with long file names and a long status', () => {
    const lines = statusText(pairs, ['content/en/no-fields.mdx'], now);
    expect(tooWide(lines)).toEqual([]);
    // Nothing is lost on the way: both long file names, the line to copy, every id in step.
    const text = lines.join('\n');
    for (const part of [
      longEs,
      longEn,
      'translationNotNeeded: 2026-11-26 12:00',
      'what-happens-when-you-call',
      'no-fields.mdx'
    ]) {
      expect(text).toContain(part);
    }
  });

  it('lists pages out of step first, then pages in one language, then the ids in step, then the counts', () => {
    const lines = statusText([...pairs].reverse(), [], now);
    const at = (start: string) => lines.findIndex((l) => l.startsWith(start));
    expect(lines[0]).toBe('Out of step: 1 page');
    expect(at('In one language only: 1 page')).toBeGreaterThan(
      at('  survivors-from-mexico-and-latin-america: Spanish changed')
    );
    expect(at('In step: 7 pages')).toBeGreaterThan(at('In one language only'));
    expect(lines).toContain('      translationNotNeeded: 2026-11-26 12:00');
    expect(lines.some((l) => l.startsWith('    Spanish  ') && l.includes('*'))).toBe(true);
    expect(lines.at(-1)).toBe("* The file has changes not yet committed: its time is the file's own date.");
  });

  it('wraps words at the width and never cuts one', () => {
    expect(wrap('one two three four', '  ', 10)).toEqual(['  one two', '  three', '  four']);
    expect(wrap('averyveryverylongword x', '', 10)).toEqual(['averyveryverylongword', 'x']);
  });

  it('npm run content:status prints no line wider than 80 columns on a content folder with long names', () => {
    const {root, write} = contentFolder('st-');
    write(
      'es/servicios-que-necesitan-los-sobrevivientes-de-la-trata.mdx',
      page('services-survivors-of-labor-trafficking-need', {reviewed: '2026-11-01'})
    );
    write('en/services-survivors-of-labor-trafficking-need.mdx', page('services-survivors-of-labor-trafficking-need', {reviewed: '2026-11-01'}));
    const set = (file: string, iso: string) => fs.utimesSync(path.join(root, file), new Date(iso), new Date(iso));
    set('es/servicios-que-necesitan-los-sobrevivientes-de-la-trata.mdx', '2026-11-23T16:00:00Z');
    set('en/services-survivors-of-labor-trafficking-need.mdx', '2026-11-20T10:00:00Z');
    const out = execFileSync('npx', ['tsx', 'scripts/content-status.ts'], {
      encoding: 'utf8',
      env: {...process.env, CONTENT_DIR: root}
    });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Out of step: 1 page');
    expect(out).toContain('servicios-que-necesitan-los-sobrevivientes-de-la-trata.mdx');
    expect(tooWide(lines)).toEqual([]);
  });
});
