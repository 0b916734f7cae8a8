import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import rawHotlines from '@/content/hotlines.json';
import {loadContent} from '@/lib/content/load';
import {checkRecordedFacts, dueReviews, forbiddenPhrases, missingReviewDates} from '@/lib/content/recorded-facts';
import {parseWorldFacts, phrasePattern} from '@/lib/facts';
import {hotlines, parseHotlines} from '@/lib/hotlines';
import {changes, parseChanges, unknownPages} from '@/lib/changes';
import {article, contentFolder} from './content-fixture';

/** Facts that change in the world live once (content/hotlines.json, content/facts.json); pages use components. */

const review = {
  date: '2026-12-04',
  method: 'stored-copy',
  source: 'https://www.uscis.gov/i-914',
  sourceTitle: {es: 'una copia guardada de la página del formulario I-914', en: 'a saved copy of the I-914 page'}
};
const fee = {id: 't-visa-fee', say: {es: 'no cuesta nada', en: 'costs nothing'}, reviewEveryMonths: 12, review};

describe('prose that restates a recorded fact', () => {
  it('is reported with file, line and the component to use, in both languages', () => {
    const {root, write} = contentFolder('facts-prose-');
    write(
      'es/senales-de-trata.mdx',
      `${article('es')}\nLlama cuando quieras.\n\nLa línea avisa a la policía solo si tú estás de acuerdo.\n`
    );
    write(
      'en/signs-of-trafficking.mdx',
      `${article('en')}\nCall any time.\n\nThe hotline tells the police only if\nyou agree.\n`
    );
    const problems = loadContent({root}).problems.filter((p) => p.expected.includes('<HotlineSharing'));
    const rel = (locale: string, name: string) => `${path.basename(root)}/${locale}/${name}`;
    const fieldsLines = article('es').split('\n').length - 1;
    expect(problems).toEqual([
      {
        file: rel('en', 'signs-of-trafficking.mdx'),
        line: fieldsLines + 4,
        field: 'text',
        expected:
          'the component <HotlineSharing id="human-trafficking" /> instead: human-trafficking sharing changes in the world, so it is written once, in content/hotlines.json, and every page follows it',
        found: '"only if you agree"'
      },
      {
        file: rel('es', 'senales-de-trata.mdx'),
        line: fieldsLines + 4,
        field: 'text',
        expected: expect.stringContaining('<HotlineSharing id="human-trafficking" />'),
        found: '"solo si tú estás de acuerdo"'
      }
    ]);
  });

  it('names a former operator as the current one, but lets the history be told', () => {
    const check = (text: string, locale: 'es' | 'en') =>
      checkRecordedFacts(text, 0, locale, 'x.mdx').map((p) => p.expected.split(' instead')[0]);
    expect(check('Polaris, la organización que atiende la línea, dice que…', 'es')).toEqual([
      'the component <HotlineOperator id="human-trafficking" />'
    ]);
    expect(check('The line is run by Polaris.', 'en')).toEqual([
      'the component <HotlineOperator id="human-trafficking" />'
    ]);
    expect(check('Polaris la atendió de 2007 a 2025.', 'es')).toEqual([]);
    expect(check('Polaris ran it from 2007 to 2025.', 'en')).toEqual([]);
    // Each phrase is read in its own language only.
    expect(check('only if you agree', 'es')).toEqual([]);
  });

  it('reads "…" as a few words of the same sentence, and ignores case and line breaks', () => {
    const pattern = phrasePattern('Polaris … runs the');
    expect(pattern.test('POLARIS, which\nstill runs the line')).toBe(true);
    expect(pattern.test('Polaris helped. It runs the line')).toBe(false);
  });

  it("comes from the record: a phrase added to a fact is refused on the next check, with that fact's component", () => {
    const facts = parseWorldFacts([{...fee, mustNotWrite: {en: ['the T visa is free']}}]);
    const phrases = forbiddenPhrases([], facts);
    expect(checkRecordedFacts('Good news: the T visa is free.', 10, 'en', 'a.mdx', phrases)).toEqual([
      expect.objectContaining({
        line: 11,
        found: '"the T visa is free"',
        expected: expect.stringContaining('<Fact id="t-visa-fee" />')
      })
    ]);
  });

  it('the real pages restate no recorded fact', () => {
    const phrases = forbiddenPhrases();
    expect(phrases.length).toBeGreaterThan(10);
    const found = loadContent({includeDrafts: true}).problems.filter((p) =>
      phrases.some((f) => p.expected.includes(`${f.use} instead`))
    );
    expect(found).toEqual([]);
  });
});

describe('reviews that are due', () => {
  it('warn, naming the file, the line, the fact and what to do; they never fail the check', () => {
    expect(dueReviews('2026-12-05')).toEqual([]);
    const later = dueReviews('2027-06-06').map((w) => w.what);
    expect(later).toContain('human-trafficking operator: checked on 2026-12-04, due every 6 months');
    expect(later).toContain('human-trafficking sharing: checked on 2026-12-04, due every 6 months');
    expect(later.some((w) => w.includes('hours'))).toBe(false);
    const warning = dueReviews('2027-06-06').find((w) => w.what.startsWith('human-trafficking operator'))!;
    const json = fs.readFileSync('content/hotlines.json', 'utf8');
    expect(warning.file).toBe('content/hotlines.json');
    expect(json.split('\n')[warning.line! - 1]).toMatch(/"date": "2026-12-04"/);
    expect(warning.todo).toMatch(/^check it again against https:\/\//);
  });

  it('npm run content:check prints the warning for an old record and still passes', () => {
    // A content folder of its own, with a record whose operator was last checked two years ago.
    const {root, write} = contentFolder('facts-due-');
    for (const locale of ['es', 'en'] as const) {
      for (const file of fs.readdirSync(path.join(root, locale))) {
        const text = fs.readFileSync(path.join(root, locale, file), 'utf8');
        write(
          `${locale}/${file}`,
          text.replace('published: 2026-11-01', 'published: 2026-11-01\nreviewed: 2026-11-01')
        );
      }
    }
    const old = structuredClone(rawHotlines);
    old.find((h) => h.id === 'human-trafficking')!.operator!.review.date = '2024-01-10';
    write('hotlines.json', JSON.stringify(old, null, 2));
    write('changes.json', fs.readFileSync('tests/fixtures/site/changes.json', 'utf8'));
    const run = spawnSync(process.execPath, ['node_modules/.bin/tsx', 'scripts/content-check.ts'], {
      env: {...process.env, CONTENT_DIR: root},
      encoding: 'utf8'
    });
    expect(run.stderr + run.stdout).toMatch(
      /Warning: 1 recorded fact is due for a new check:\n\n {2}content\/hotlines\.json:\d+ {2}human-trafficking operator: checked on 2024-01-10, due every 6 months/
    );
    expect(run.status).toBe(0);
  }, 60_000);

  it('a page without its own review date is a problem for the check and the build', () => {
    expect(
      missingReviewDates([
        {file: 'content/es/nueva.mdx'},
        {file: 'content/es/lista.mdx', reviewed: '2026-12-04'},
        {file: 'b.mdx', draft: true}
      ])
    ).toEqual([
      {
        file: 'content/es/nueva.mdx',
        line: 2,
        field: 'reviewed',
        expected: expect.stringContaining('like reviewed: 2026-12-04'),
        found: 'nothing'
      }
    ]);
    const real = loadContent().entries;
    expect(missingReviewDates(real)).toEqual([]);
  });
});

describe('a broken record stops the check with a plain message, never a stack trace', () => {
  const check = (hotlinesText: string) => {
    const {root, write} = contentFolder('facts-broken-');
    write('hotlines.json', hotlinesText);
    return spawnSync(process.execPath, ['node_modules/.bin/tsx', 'scripts/content-check.ts', '--problems-only'], {
      env: {...process.env, CONTENT_DIR: root},
      encoding: 'utf8'
    });
  };

  it('names the line of a JSON mistake and says what to look for', () => {
    const text = JSON.stringify(rawHotlines, null, 2).replace('"shortName"', '"shortName" "oops",');
    const line = text.split('\n').findIndex((l) => l.includes('"oops"')) + 1;
    const run = check(text);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`hotlines\\.json:${line} {2}the file is not valid JSON near here: look for a missing comma or quote`)
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('names the file, the line and the field of a fact without a method', () => {
    const broken = structuredClone(rawHotlines) as Record<string, unknown>[];
    delete (broken[1].sharing as {review: Record<string, unknown>}).review.method;
    const text = JSON.stringify(broken, null, 2);
    const run = check(text);
    expect(run.status).toBe(1);
    // The review of the trafficking line's sharing: the first "review" after its "sharing".
    const lines = text.split('\n');
    const sharing = lines.findIndex(
      (l, i) => l.includes('"sharing"') && i > lines.findIndex((x) => x.includes('"human-trafficking"'))
    );
    const reviewLine = lines.findIndex((l, i) => i > sharing && l.includes('"review"')) + 1;
    expect(run.stderr).toMatch(
      new RegExp(
        `hotlines\\.json:${reviewLine} {2}1\\.sharing\\.review\\.method {2}how this fact was checked is missing: write "method"`
      )
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});

describe('the record of facts that are not about one line', () => {
  it('refuses a fact without a method or a source, in plain words', () => {
    const without = (field: 'method' | 'source') =>
      Object.fromEntries(Object.entries(review).filter(([k]) => k !== field));
    const [noMethod, noSource] = [without('method'), without('source')];
    expect(() => parseWorldFacts([{...fee, review: noMethod}])).toThrow(
      'content/facts.json  0.review.method  how this fact was checked is missing'
    );
    expect(() => parseWorldFacts([{...fee, review: noSource}])).toThrow(
      'content/facts.json  0.review.source  the page this fact was checked against is missing'
    );
    expect(() => parseWorldFacts([{...fee, reviewEveryMonths: 3}])).toThrow(
      '0.reviewEveryMonths  6 (a policy or law) or 12 (a figure such as a fee)'
    );
    expect(() => parseWorldFacts([fee])).not.toThrow();
  });

  it('refuses a saved copy whose title does not say it is one, in either language', () => {
    const titled = (es: string, en: string) => [{...fee, review: {...review, sourceTitle: {es, en}}}];
    expect(() => parseWorldFacts(titled('la página del formulario I-914', 'a saved copy of the I-914 page'))).toThrow(
      '0.review.sourceTitle.es  for a saved copy, a title that starts with "una copia guardada de " (or "del ")'
    );
    expect(() => parseWorldFacts(titled('una copia guardada del formulario', "USCIS's I-914 page"))).toThrow(
      '0.review.sourceTitle.en  for a saved copy, a title that starts with "a saved copy of "'
    );
    // A page read live is named as itself.
    expect(() =>
      parseWorldFacts([
        {
          ...fee,
          review: {...review, method: 'live-page', sourceTitle: {es: 'la página del I-914', en: 'the I-914 page'}}
        }
      ])
    ).not.toThrow();
  });
});

describe('the list of changes (content/changes.json)', () => {
  const entry = {
    id: '2026-12-04-hotline-operator',
    date: '2026-12-04',
    title: {es: 'Un título', en: 'A title'},
    text: {es: 'Un texto.', en: 'A text.'},
    pages: ['get-help']
  };

  it('is valid, newest first, names pages that exist, and starts with the operator correction', () => {
    expect(changes[0].id).toBe('2026-12-04-hotline-operator');
    expect(changes[0].text.es).toMatch(/Compass Connections/);
    expect(changes[0].text.en).toMatch(/Compass Connections/);
    const ids = new Set(loadContent().entries.map((e) => e.id));
    expect(unknownPages(changes, ids)).toEqual([]);
    expect(hotlines.find((h) => h.id === 'human-trafficking')!.operator!.name).toBe('Compass Connections');
  });

  it('refuses a bad date, a missing language, an old entry above a new one, and unknown pages', () => {
    expect(() => parseChanges([{...entry, date: '2026-02-30'}])).toThrow(
      'content/changes.json  0.date  a date written as YYYY-MM-DD'
    );
    expect(() => parseChanges([{...entry, text: {es: 'Solo español.'}}])).toThrow(
      'content/changes.json  0.text.en  The text in English (en) is missing'
    );
    expect(() => parseChanges([{...entry, id: 'operator'}])).toThrow('0.id  an id that starts with the date');
    expect(() => parseChanges([{...entry, id: '2026-11-01-old', date: '2026-11-01'}, entry])).toThrow(
      '1.date  newest first: this entry is newer than the one above it (2026-11-01)'
    );
    const json = JSON.stringify([{...entry, pages: ['get-help', 'no-such-page']}], null, 2);
    const line = json.split('\n').findIndex((l) => l.includes('"no-such-page"')) + 1;
    expect(unknownPages(parseChanges(JSON.parse(json)), new Set(['get-help']), json)).toEqual([
      `  content/changes.json:${line}  0.pages.1  the id of a page (the "id" field of a file in content/es and content/en), not "no-such-page"`
    ]);
  });

  it('the hotline record itself parses with its lines', () => {
    const json = fs.readFileSync('content/hotlines.json', 'utf8');
    expect(() => parseHotlines(JSON.parse(json), 'content/hotlines.json', json)).not.toThrow();
  });
});
