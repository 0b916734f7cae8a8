import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {loadContent} from '@/lib/content/load';
import {contentFolder} from './content-fixture';

/** The new-page templates (content/templates/) and the images folder the staff guide shows. */
const templates = {es: 'content/templates/nuevo-articulo.mdx', en: 'content/templates/new-article.mdx'} as const;
const text = (locale: 'es' | 'en') => fs.readFileSync(templates[locale], 'utf8');
const fields = (locale: 'es' | 'en') => parse(/^---\n([\s\S]*?)\n---\n/.exec(text(locale))![1]);
const guide = fs.readFileSync('content/README.md', 'utf8');

describe('the new-page templates', () => {
  it.each(['es', 'en'] as const)('%s has only the fields a new page needs, as a draft', (locale) => {
    expect(Object.keys(fields(locale))).toEqual([
      'id',
      'title',
      'description',
      'kind',
      'audience',
      'topics',
      'published',
      'reviewed',
      'source',
      'draft'
    ]);
    expect(Object.keys(fields(locale).source)).toEqual(['organization', 'title', 'url']);
    expect(fields(locale).draft).toBe(true);
  });

  it('copied into es/ and en/, they pass the check as they are', () => {
    const {root, write} = contentFolder('templates-');
    write('es/mi-nuevo-articulo.mdx', text('es'));
    write('en/my-new-article.mdx', text('en'));
    const {entries, problems} = loadContent({root, includeDrafts: true});
    expect(problems).toEqual([]);
    expect(entries.filter((e) => e.id === 'my-new-article').map((e) => [e.locale, e.draft])).toEqual([
      ['es', true],
      ['en', true]
    ]);
  });

  it('the Spanish copy alone can be previewed (a draft needs no English file yet)', () => {
    const {root, write} = contentFolder('templates-es-');
    write('es/mi-nuevo-articulo.mdx', text('es'));
    expect(loadContent({root, includeDrafts: true}).problems).toEqual([]);
  });

  it('are never read as pages', () => {
    const {root, write} = contentFolder('templates-folder-');
    write('templates/nuevo-articulo.mdx', text('es'));
    write('templates/new-article.mdx', text('en'));
    const {entries, problems} = loadContent({root, includeDrafts: true});
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.id)).not.toContain('my-new-article');
  });
});

describe('the folder tree in the staff guide', () => {
  it('shows only files and folders that exist', () => {
    const tree = /```\ncontent\/\n([\s\S]*?)```/.exec(guide)![1];
    const shown: string[] = [];
    const parents: string[] = [];
    for (const line of tree.split('\n').filter((l) => l.trim())) {
      const depth = (line.length - line.trimStart().length) / 2 - 1;
      const name = line.trim().split(/\s+/)[0];
      if (name === '...') continue;
      parents.length = depth;
      shown.push(path.join('content', ...parents, name));
      if (name.endsWith('/')) parents.push(name.slice(0, -1));
    }
    expect(shown).toContain('content/images/.gitkeep');
    expect(shown.filter((p) => !fs.existsSync(p))).toEqual([]);
  });
});
