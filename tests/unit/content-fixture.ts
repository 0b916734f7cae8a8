import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';

/** Small content folders for the loader's tests: the four core pages in both languages, and more. */

export type Write = (file: string, text: string) => void;

export const corePages = {
  es: {'get-help': 'ayuda', 'browse-safely': 'navegar-seguro', 'quick-exit': 'salida-rapida', about: 'acerca-de'},
  en: {'get-help': 'get-help', 'browse-safely': 'browse-safely', 'quick-exit': 'quick-exit', about: 'about'}
} as const;

/** The fields at the top of a file, from name/value pairs. */
export function fm(fields: Record<string, string>): string {
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n`;
}

/** The fields of a valid article (a survivors' page about signs), with any of them replaced. */
export const article = (locale: 'es' | 'en', overrides: Record<string, string> = {}) =>
  fm({
    id: 'signs-of-trafficking',
    title: locale === 'es' ? '"Señales de trata de personas"' : '"Signs of human trafficking"',
    description: '"A description that is long enough for the content check to accept it."',
    kind: 'article',
    audience: 'survivors',
    topics: '[signs, safety]',
    published: '2026-11-01',
    source: '\n  organization: "Polaris"\n  title: "Recognizing the signs"\n  url: "https://polarisproject.org/"',
    ...overrides
  });

/** A core page's fields (with any added or replaced) and one line of text. */
export const page = (id: string, more: Record<string, string> = {}) =>
  fm({
    id,
    title: '"A page of the site"',
    description: '"A description that is long enough for the content check to accept it."',
    kind: 'page',
    audience: 'everyone',
    topics: '[safety]',
    published: '2026-11-01',
    ...more
  }) + '\nText.\n';

const made: string[] = [];
afterEach(() => {
  made.splice(0).forEach((dir) => fs.rmSync(dir, {recursive: true, force: true}));
});

/**
 * A new content folder (removed after each test) holding the four core pages in both languages,
 * each with `body` as its text; returns the folder and a function to write more files into it.
 */
export function contentFolder(prefix: string, body: (locale: 'es' | 'en') => string = () => '\nText.\n') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(root);
  const write: Write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    fs.writeFileSync(path.join(root, file), text);
  };
  for (const locale of ['es', 'en'] as const) {
    for (const [id, slug] of Object.entries(corePages[locale])) {
      const fields = {
        id,
        title: `"${locale === 'es' ? 'Página' : 'Page'} ${slug} of the site"`,
        description: '"A description that is long enough for the content check to accept it."',
        kind: 'page',
        audience: 'everyone',
        topics: '[safety]',
        published: '2026-11-01'
      };
      write(`${locale}/${slug}.mdx`, fm(fields) + body(locale));
    }
  }
  return {root, write};
}
