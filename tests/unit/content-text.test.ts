import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent, type Problem} from '@/lib/content/load';
import {explainTextError, MAX_MARKS, MAX_NESTING} from '@/lib/content/text-errors';
import {contentFolder, fm} from './content-fixture';

/**
 * Mistakes in the text (below the fields at the top) each get one plain message with file and line,
 * and hostile text cannot make the check slow. The fields take lines 1 to 9, so the text starts on line 10.
 */

const fields = (locale: 'es' | 'en', id: string, kind = 'page', extra: Record<string, string> = {}) =>
  fm({
    id,
    title: locale === 'es' ? '"Una página de prueba del sitio"' : '"A test page of the site"',
    description: '"A description that is long enough for the content check to accept it."',
    kind,
    audience: 'everyone',
    topics: '[safety]',
    published: '2026-11-01',
    ...(kind === 'page' ? {} : {source: '\n  organization: "Polaris"\n  title: "Recognizing the signs"'}),
    ...extra
  });

/** The core pages plus one article in each language; `text` replaces the Spanish help page's text. */
function check(text: string, more: (write: (file: string, text: string) => void) => void = () => {}) {
  const {root, write} = contentFolder('content-text-');
  write('es/senales-de-trata.mdx', fields('es', 'signs', 'article') + '\nTexto.\n');
  write('en/signs-of-trafficking.mdx', fields('en', 'signs', 'article') + '\nText.\n');
  write('es/ayuda.mdx', fields('es', 'get-help') + text);
  more(write);
  const {problems} = loadContent({root, includeDrafts: false});
  // Messages name the file relative to the folder above the content folder.
  return problems.map((p) => ({...p, file: p.file.replace(/^[^/]+\//, '')}));
}

const only = (problems: Problem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0];
};

const file = 'es/ayuda.mdx';

describe('a stray sign < or {', () => {
  it('says which sign, where, and how to write it', () => {
    expect(only(check('\nTexto.\n\nSolo para menos de <18 años.\n'))).toEqual({
      file,
      line: 13,
      field: 'text',
      found: 'the sign < in "Solo para menos de <18 años."',
      expected:
        '\\< to show the sign, like "Solo para menos de \\<18 años.", or the words "menos de" / "less than" (a < starts a box like <Callout>)'
    });
  });

  it('treats a < before a word as the sign too, quoting only the words around it', () => {
    const p = only(check('\nUna frase bastante larga que compara a <b y sigue un buen rato más antes de terminar.\n'));
    expect(p).toMatchObject({line: 11, found: 'the sign < in "…larga que compara a <b y sigue un buen rato…"'});
  });

  it('a < before a slash with no box open', () => {
    expect(only(check('\nUno </ dos.\n'))).toMatchObject({line: 11, found: 'the sign < in "Uno </ dos."'});
  });

  it('a brace { the text cannot read', () => {
    expect(only(check('\nTexto.\n\nEl precio {más o menos} varía.\n'))).toEqual({
      file,
      line: 13,
      field: 'text',
      found: 'the brace { in "El precio {más o menos} varía."',
      expected: '\\{ and \\} to show braces, like "El precio \\{más o menos\\} varía.", or no braces'
    });
  });

  it('a brace { never closed', () => {
    expect(only(check('\nTexto {sin cerrar.\n'))).toMatchObject({
      line: 11,
      found: 'the brace { in "Texto {sin cerrar."'
    });
  });

  it('braces around something the text can read', () => {
    expect(only(check('\nSuma {1 + 1} aquí.\n'))).toEqual({
      file,
      line: 11,
      field: 'text',
      found: '{1 + 1}',
      expected: '\\{ and \\} to show braces, like \\{1 + 1\\}, or no braces'
    });
  });
});

describe('boxes', () => {
  it('a box never closed names the line where it starts', () => {
    expect(only(check('\nTexto.\n\n<Callout kind="info" title="x">\n\nDentro.\n'))).toEqual({
      file,
      line: 13,
      field: 'text',
      found: 'the box <Callout> that starts on line 13, never closed',
      expected:
        '</Callout> on a line of its own where the box should end (a box with nothing inside ends with />, like <Hotline id="crisis" />)'
    });
  });

  it('a box opened inside a line of text', () => {
    expect(only(check('\nTexto <Callout kind="info">\n\nDentro.\n'))).toEqual({
      file,
      line: 11,
      field: 'text',
      found: 'the box <Callout> inside a line of text, not closed in the same paragraph',
      expected: '<Callout …> on a line of its own, and </Callout> on a line of its own where the box should end'
    });
  });

  it('a box opened inside a quote', () => {
    expect(only(check('\n> <Callout kind="info">\n\nFuera.\n'))).toMatchObject({
      line: 11,
      found: 'the box <Callout> inside a quote (lines starting with >), never closed there',
      expected: '</Callout> inside the same quote (lines starting with >), or the box moved out of it'
    });
  });

  it('a closing tag with no box open', () => {
    expect(only(check('\nTexto.\n\n</Callout>\n'))).toEqual({
      file,
      line: 13,
      field: 'text',
      found: '</Callout> with no <Callout> open before it',
      expected: '<Callout …> where the box starts, or this </Callout> removed'
    });
  });

  it('a box closed by the wrong tag', () => {
    expect(only(check('\n<Callout kind="info">\n\nDentro.\n\n</Checklist>\n'))).toEqual({
      file,
      line: 15,
      field: 'text',
      found: '</Checklist>, but the box open here is <Callout> from line 11',
      expected:
        '</Callout> to close the box <Callout> that starts on line 11 (a box opened inside another closes first)'
    });
  });

  it('a box inside another, closed in the wrong order', () => {
    const text = '\n<Callout kind="info">\n\n<Checklist>\n\n- uno\n\n</Callout>\n\n</Checklist>\n';
    expect(only(check(text))).toMatchObject({
      line: 17,
      found: '</Callout>, but the box open here is <Checklist> from line 13',
      expected:
        '</Checklist> to close the box <Checklist> that starts on line 13 (a box opened inside another closes first)'
    });
  });

  it('a value without quotes', () => {
    expect(only(check('\nTexto.\n\n<Hotline id=human-trafficking />\n'))).toEqual({
      file,
      line: 13,
      field: 'text',
      found: 'id=human-trafficking without quotes in <Hotline id=human-trafficking />',
      expected: 'the value in straight quotes, like id="human-trafficking"'
    });
  });

  it('a value in curly quotes', () => {
    expect(only(check('\n<Callout kind=“info” title="x">\n\nDentro.\n\n</Callout>\n'))).toEqual({
      file,
      line: 11,
      field: 'text',
      found: 'the curly quote “ in <Callout kind=“info” title="x">',
      expected: 'straight quotes " around the value, like kind="info" (curly quotes “ ” come from word processors)'
    });
  });

  it('a quote never closed', () => {
    expect(only(check('\nTexto.\n\n<Hotline id="human-trafficking />\n\nMás texto.\n'))).toEqual({
      file,
      line: 13,
      field: 'text',
      found: 'the quote " after id= in <Hotline id="human-trafficking />, never closed',
      expected: 'a closing quote " after the value, like id="human-trafficking"'
    });
  });

  it('a box with no > at its end', () => {
    expect(only(check('\n<Callout kind="info" title="x"\n\nDentro.\n\n</Callout>\n'))).toEqual({
      file,
      line: 11,
      field: 'text',
      found: '<Callout kind="info" title="x" with no > at its end',
      expected: '> at the end of the box, like <Callout kind="info" title="…"> or <Hotline id="crisis" />'
    });
  });

  it('another sign inside a box', () => {
    expect(only(check('\n<Hotline id="human-trafficking" / x>\n'))).toMatchObject({
      line: 11,
      found: 'the sign x in <Hotline id="human-trafficking" / x>',
      expected:
        'the box written like <Callout kind="info" title="…"> or <Hotline id="crisis" />: names, = and values in straight quotes "…"'
    });
  });
});

describe('other things written with <', () => {
  it('a web address between < and >', () => {
    expect(only(check('\nVisita <https://polarisproject.org> hoy.\n'))).toEqual({
      file,
      line: 11,
      field: 'text',
      found: '<https://polarisproject.org>',
      expected: 'a link written as [words to click](https://polarisproject.org)'
    });
  });

  it('an e-mail address between < and >', () => {
    expect(only(check('\nEscribe a <ana@example.org>.\n'))).toMatchObject({
      found: '<ana@example.org>',
      expected: 'a link written as [ana@example.org](mailto:ana@example.org)'
    });
  });

  it('a note <!-- -->', () => {
    expect(only(check('\nTexto.\n\n<!-- revisar -->\n'))).toEqual({
      file,
      line: 13,
      field: 'text',
      found: 'a note <!-- … --> in "<!-- revisar -->"',
      expected: 'no notes in the text: remove it (a note for other editors belongs in the change request)'
    });
  });

  it('anything else still gives the line and the characters there, in plain words', () => {
    const issue = explainTextError(
      {line: 2, column: 5, reason: 'Something new went wrong', ruleId: 'new'},
      'Uno.\nDos y tres.\n',
      9
    );
    expect(issue).toEqual({
      line: 11,
      field: 'text',
      found: 'text the site cannot show, at "Dos y tres."',
      expected:
        'on this line: \\< and \\{ for the signs < and {, straight quotes " around values, and every box written like <Callout kind="info" title="…"> … </Callout>'
    });
    expect(explainTextError(new RangeError('Maximum call stack size exceeded'), 'Uno.\n', 9)).toMatchObject({
      line: 10,
      found: 'text the site cannot show, at "Uno."'
    });
  });
});

describe('nesting', () => {
  const tooDeep = {
    field: 'text',
    expected: `at most ${MAX_NESTING} levels of quotes and lists: use fewer levels, or split the list into shorter lists with a heading each`
  };

  const timed = (text: string) => {
    const start = performance.now();
    const problems = check(text);
    return {problems, ms: performance.now() - start};
  };

  it(`accepts ${MAX_NESTING} levels of lists`, () => {
    const list = Array.from({length: MAX_NESTING}, (_, i) => `${'  '.repeat(i)}- nivel ${i + 1}`).join('\n');
    expect(check(`\n${list}\n`)).toEqual([]);
  });

  it('refuses 5,000 nested quotes on one line, quickly', () => {
    const {problems, ms} = timed(`\nTexto.\n\n${'>'.repeat(5000)} cita\n`);
    expect(only(problems)).toEqual({
      file,
      line: 13,
      ...tooDeep,
      found: 'quotes inside quotes (the sign > repeated), more than 10 levels deep from here'
    });
    expect(ms).toBeLessThan(1000);
  });

  it('refuses 5,000 lines of quotes, each one deeper, at the line that passes the limit', () => {
    const lines = Array.from({length: 5000}, (_, i) => `${'>'.repeat(Math.min(i + 1, 30))} cita`).join('\n');
    const {problems, ms} = timed(`\n${lines}\n`);
    expect(only(problems)).toMatchObject({line: 11 + MAX_NESTING, ...tooDeep});
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a deeply nested list (under 200 KB), quickly', () => {
    const levels = 400;
    const list = Array.from({length: levels}, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    expect(list.length).toBeLessThan(200_000);
    const {problems, ms} = timed(`\n${list}\n`);
    expect(only(problems)).toEqual({
      file,
      line: 11 + MAX_NESTING,
      ...tooDeep,
      found: 'lists inside lists, more than 10 levels deep from here'
    });
    expect(ms).toBeLessThan(1000);
  });

  it('refuses list markers piled on one line', () => {
    const {problems, ms} = timed(`\n${'- '.repeat(5000)}x\n`);
    expect(only(problems)).toMatchObject({line: 11, found: 'lists inside lists, more than 10 levels deep from here'});
    expect(ms).toBeLessThan(1000);
  });
});

describe('signs * _ [ ] piled in one paragraph', () => {
  it('refuses thousands of them quickly, at the line where the paragraph starts', () => {
    const start = performance.now();
    const problems = check(`\nTexto.\n\nUno\n${'*a_'.repeat(20000)}\n`);
    expect(only(problems)).toEqual({
      file,
      line: 13,
      field: 'text',
      expected: `at most ${MAX_MARKS} in a paragraph: split it with empty lines, or write \\* \\_ \\~ \\[ \\] for the signs themselves`,
      found: `more than ${MAX_MARKS} signs * _ ~ [ ] in the paragraph that starts here`
    });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('accepts a long paragraph with a link and bold words in every sentence, and a long table', () => {
    const sentence = 'Lee **esto** con [la guía](/es/ayuda) y _aquello_. ';
    const table = '| a | b |\n| - | - |\n' + '| [uno](/es/ayuda) | **dos** |\n'.repeat(200);
    expect(check(`\n${sentence.repeat(40)}\n\n${table}`)).toEqual([]);
  });
});

describe('links to pages of this site', () => {
  const linkTo = (href: string) => `\nTexto.\n\nMira [esta página](${href}).\n`;

  it('suggests the page meant by a slip of the keyboard', () => {
    expect(only(check(linkTo('/es/articulos/senales-de-trta')))).toEqual({
      file,
      line: 13,
      field: 'link',
      found: '/es/articulos/senales-de-trta',
      expected: 'a link to a page of this site that exists: did you mean /es/articulos/senales-de-trata?'
    });
  });

  it('keeps the #section in the suggestion', () => {
    expect(only(check(linkTo('/es/ayudaa#llamar'))).expected).toBe(
      'a link to a page of this site that exists: did you mean /es/ayuda#llamar?'
    );
  });

  it('suggests the same file name under the right section, or with its language', () => {
    expect(only(check(linkTo('/es/guias/senales-de-trata'))).expected).toBe(
      'a link to a page of this site that exists: did you mean /es/articulos/senales-de-trata?'
    );
    expect(only(check(linkTo('/articulos/senales-de-trata'))).expected).toBe(
      'a link to a page of this site that exists: did you mean /es/articulos/senales-de-trata?'
    );
  });

  it('says how to find the address when nothing is close', () => {
    expect(only(check(linkTo('/es/otra-cosa-distinta')))).toEqual({
      file,
      line: 13,
      field: 'link',
      found: '/es/otra-cosa-distinta',
      expected:
        'a link to a page of this site that exists: copy the address from the page in the preview; pages are /es/ and the file name, articles /es/articulos/ and the file name, guides /es/guias/ and the file name (without .mdx), like /es/articulos/senales-de-trata'
    });
  });

  it('accepts a link to the other language when that page exists, and suggests in that language when not', () => {
    expect(check(linkTo('/en/articles/signs-of-trafficking'))).toEqual([]);
    expect(only(check(linkTo('/en/articles/signs-of-trafficing'))).expected).toBe(
      'a link to a page of this site that exists: did you mean /en/articles/signs-of-trafficking?'
    );
  });

  it('reports a published page linking to a draft once, naming the draft, in the preview as in the build', () => {
    const {root, write} = contentFolder('content-text-');
    write('es/ayuda.mdx', fields('es', 'get-help') + linkTo('/es/articulos/borrador'));
    write('es/borrador.mdx', fields('es', 'a-draft', 'article', {draft: 'true'}) + '\nTexto.\n');
    write('en/draft.mdx', fields('en', 'a-draft', 'article', {draft: 'true'}) + '\nText.\n');
    const preview = loadContent({root, includeDrafts: true}).problems;
    expect(only(preview)).toMatchObject({
      line: 13,
      field: 'link',
      found: '/es/articulos/borrador, a draft that will not be on the site',
      expected: `a link to a published page: remove the link, or publish that page (remove "draft: true" from ${path.basename(root)}/es/borrador.mdx)`
    });
    expect(loadContent({root, includeDrafts: false}).problems).toEqual(preview);
  });
});
