import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkDirectory, parseDirectoryFile} from '@/lib/directory';

const file = 'content/directory/texas.yaml';

/** A valid entry as staff write it; `change` replaces lines of it. */
const entry = (change: Record<string, string> = {}) => {
  const lines: Record<string, string> = {
    id: '- id: example-coalition',
    kind: '  kind: violence',
    organization: '  organization: Example Coalition',
    service: '  service:\n    es: Ayuda a personas que viven violencia en casa.\n    en: Helps people who face violence at home.',
    phones: '  phones:\n    - number: "+15125550100"\n      display: 512-555-0100\n      texts: true',
    url: '  url: https://example.org/',
    languages: '  languages: [es, en]',
    service_area: '  service_area:\n    es: Todo Texas\n    en: All of Texas',
    review:
      '  review:\n    date: 2026-12-05\n    method: stored-copy\n    source: https://example.org/about\n    sourceTitle:\n      es: una copia guardada de la página de la coalición\n      en: a saved copy of the coalition\'s page',
    ...change
  };
  return Object.values(lines).filter(Boolean).join('\n') + '\n';
};

const problemsOf = (text: string) => {
  try {
    parseDirectoryFile(text, file);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('directory files', () => {
  it('accepts a valid entry', () => {
    const [e] = parseDirectoryFile(entry(), file);
    expect(e).toMatchObject({id: 'example-coalition', kind: 'violence', languages: ['es', 'en']});
    expect(e.phones?.[0]).toMatchObject({number: '+15125550100', texts: true});
  });

  it('refuses a street address for a kind whose safety depends on not being found', () => {
    expect(problemsOf(entry({url: '  url: https://example.org/\n  address: 1200 Main Street'}))).toContain(
      `${file}:12  0.address  no street address for this kind of help: its safety depends on not being found`
    );
    expect(
      problemsOf(entry({service_area: '  service_area:\n    es: Austin\n    en: 1200 Main Street, Austin'}))
    ).toContain(`${file}:15  0.service_area.en  this looks like a street address`);
  });

  it('refuses a phone that is not a number', () => {
    expect(problemsOf(entry({phones: '  phones:\n    - number: call us\n      display: call us'}))).toContain(
      `${file}:8  0.phones.0.number  a phone number in E.164 form (like +18883737888)`
    );
  });

  it('refuses an http address', () => {
    expect(problemsOf(entry({url: '  url: http://example.org/'}))).toContain(
      `${file}:11  0.url  an absolute https:// address`
    );
  });

  it('refuses an unknown language', () => {
    expect(problemsOf(entry({languages: '  languages: [es, spanish]'}))).toContain(
      `${file}:12  0.languages.1  a language code: one of es, en,`
    );
  });

  it('refuses an unknown kind of help', () => {
    expect(problemsOf(entry({kind: '  kind: shelter'}))).toContain(`${file}:2  0.kind  one of "immigration-legal"`);
  });

  it('refuses a missing source and a missing check date', () => {
    const noSource = entry({
      review:
        '  review:\n    date: 2026-12-05\n    method: stored-copy\n    sourceTitle:\n      es: una copia guardada de la página\n      en: a saved copy of the page'
    });
    expect(problemsOf(noSource)).toContain(
      `${file}:17  0.review.source  the page this fact was checked against is missing: write "source" with its https:// address`
    );
    const noDate = entry({
      review:
        '  review:\n    method: stored-copy\n    source: https://example.org/\n    sourceTitle:\n      es: una copia guardada de la página\n      en: a saved copy of the page'
    });
    expect(problemsOf(noDate)).toContain(`${file}:17  0.review.date  the day this fact was last checked is missing`);
    const badDate = entry().replace('2026-12-05', '2026-02-30');
    expect(problemsOf(badDate)).toContain('0.review.date  a date written as YYYY-MM-DD');
  });

  it('refuses a file that is not YAML, or not a list, saying where', () => {
    expect(problemsOf('- id: a\n  kind: [violence\n')).toMatch(/content\/directory\/texas\.yaml:\d+ {2}the file is not valid YAML/);
    expect(problemsOf('id: a\n')).toContain(`${file}:1  (whole file)  a list of entries`);
  });

  it('warns, and does not fail, when an entry is more than 12 months past its check', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'directory-'));
    fs.writeFileSync(path.join(dir, 'texas.yaml'), entry());
    expect(checkDirectory('2027-12-05', dir)).toMatchObject({problems: [], stale: [], count: 1});
    const later = checkDirectory('2027-12-06', dir);
    expect(later.problems).toEqual([]);
    expect(later.stale).toHaveLength(1);
    expect(later.stale[0]).toContain(`${path.join(dir, 'texas.yaml')}:17  example-coalition: checked on 2026-12-05`);
  });

  it('reports a file that names no place', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'directory-'));
    fs.writeFileSync(path.join(dir, 'tejas.yaml'), '[]\n');
    expect(checkDirectory('2026-12-05', dir).problems[0]).toContain('tejas.yaml  (file name)  a place id with .yaml');
  });

  it('the real files are valid', () => {
    expect(checkDirectory('2026-12-05').problems).toEqual([]);
  });
});

describe('the staff guide', () => {
  it("gives an entry to copy that the check accepts, with every top-level field", () => {
    const guide = fs.readFileSync('content/README.md', 'utf8');
    const section = guide.slice(guide.indexOf('### A directory entry to copy'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section);
    expect(block, 'the yaml block under "A directory entry to copy"').not.toBeNull();
    const [e] = parseDirectoryFile(block![1], 'content/README.md');
    expect(Object.keys(e).sort()).toEqual(
      ['id', 'kind', 'organization', 'service', 'phones', 'url', 'languages', 'interpreters', 'eligibility', 'fees', 'service_area', 'review'].sort()
    );
  });
});
