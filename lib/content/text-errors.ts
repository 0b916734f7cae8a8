import type {BodyIssue} from './mdx-body';

/**
 * Plain messages for text the site cannot read: a stray sign < or {, a box that is never closed
 * or closed by the wrong tag, a value without straight quotes. The reader of the text reports these
 * in its own words; here each kind of report becomes what an editor can act on, with the line and
 * the words around the place. Also the limit on nesting, checked before the text is read at all.
 */

/** What the reader of the text throws: a message with a line and column (1-based, in the text). */
type ReaderError = {line?: number; column?: number; reason?: string; ruleId?: string};

const SIGN_LT = 'the sign <';
const SIGN_BRACE = 'the brace {';

/** Turns what the reader threw into one plain problem, with `lineOffset` lines of fields above the text. */
export function explainTextError(error: unknown, body: string, lineOffset: number): BodyIssue {
  const e = (error ?? {}) as ReaderError;
  const reason = typeof e.reason === 'string' ? e.reason : '';
  const text = new TextAt(body);
  const at = e.line ? text.offset(e.line, e.column ?? 1) : 0;
  const issue = (offset: number, found: string, expected: string): BodyIssue => ({
    line: text.lineOf(offset) + lineOffset,
    field: 'text',
    expected,
    found
  });

  // A box that is never closed: "Expected a closing tag for `<Callout>` (4:1-4:22)[ before the end of `paragraph`]".
  const unclosed = /^Expected a closing tag for `<([^>]*)>` \((\d+):(\d+)/.exec(reason);
  if (unclosed) {
    const [, name, line, column] = unclosed;
    const start = text.offset(Number(line), Number(column));
    if (!isBoxName(name)) return strayLessThan(text, start, issue);
    const inside = /before the end of `(\w+)`/.exec(reason)?.[1];
    if (inside === 'paragraph') {
      return issue(
        start,
        `the box <${name}> inside a line of text, not closed in the same paragraph`,
        `<${name} …> on a line of its own, and </${name}> on a line of its own where the box should end`
      );
    }
    if (inside) {
      const place = inside === 'blockQuote' ? 'quote (lines starting with >)' : 'list item';
      return issue(
        start,
        `the box <${name}> inside a ${place}, never closed there`,
        `</${name}> inside the same ${place}, or the box moved out of it`
      );
    }
    return issue(
      start,
      `the box <${name}> that starts on line ${text.lineOf(start) + lineOffset}, never closed`,
      `</${name}> on a line of its own where the box should end (a box with nothing inside ends with />, like <Hotline id="crisis" />)`
    );
  }

  // Boxes closed in the wrong order: "Unexpected closing tag `</Checklist>`, expected corresponding closing tag for `<Callout>` (1:1-1:22)".
  const mismatch =
    /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):(\d+)/.exec(
      reason
    );
  if (mismatch) {
    const [, closing, open, line, column] = mismatch;
    const openLine = text.lineOf(text.offset(Number(line), Number(column))) + lineOffset;
    return issue(
      at,
      `</${closing}>, but the box open here is <${open}> from line ${openLine}`,
      `</${open}> to close the box <${open}> that starts on line ${openLine} (a box opened inside another closes first)`
    );
  }

  // A closing tag with nothing open: "Unexpected closing slash `/` in tag, expected an open tag first".
  if (e.ruleId === 'unexpected-closing-slash') {
    const start = body.lastIndexOf('<', at);
    const name = tagName(body, start);
    if (!isBoxName(name)) return strayLessThan(text, start, issue);
    return issue(
      start,
      `</${name}> with no <${name}> open before it`,
      `<${name} …> where the box starts, or this </${name}> removed`
    );
  }

  // Braces: the reader takes {…} for code and fails on most text inside.
  if (/expression|closing brace/.test(reason) || e.ruleId === 'acorn') {
    const brace = body.lastIndexOf('{', Math.max(0, at - 1));
    if (brace >= 0) return strayBrace(text, brace, issue);
  }

  const char = /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\)/.exec(reason)?.[1];
  const endOfFile = e.ruleId === 'unexpected-eof';
  if ((char !== undefined || endOfFile) && e.line) {
    // A quote opened and never closed runs to the end of the file: the last such quote is the one.
    const quote = /closing quote `(["'])`/.exec(reason)?.[1];
    const quoteAt = quote ? body.lastIndexOf(quote, at - 1) : -1;
    const start = body.lastIndexOf('<', quoteAt >= 0 ? quoteAt : char === '<' ? at - 1 : at);
    if (start < 0) return fallback(text, at, issue);
    if (body.startsWith('<!--', start)) {
      return issue(
        start,
        `a note <!-- … --> in "${text.around(start)}"`,
        'no notes in the text: remove it (a note for other editors belongs in the change request)'
      );
    }
    if (reason.includes('to create a link')) {
      const address = /^<([^\s>]*)>?/.exec(body.slice(start))?.[1] ?? '';
      const link =
        address.includes('@') && !address.includes(':')
          ? `[${address}](mailto:${address})`
          : `[words to click](${address})`;
      return issue(start, `<${address}>`, `a link written as ${link}`);
    }
    const name = tagName(body, start);
    if (!isBoxName(name)) return strayLessThan(text, start, issue);
    const tag = firstLine(body.slice(start));
    if (quoteAt >= 0) {
      const attribute = /([\w-]+)=\s*$/.exec(body.slice(start, quoteAt))?.[1] ?? '';
      const value = /^[^\s/>]*/.exec(body.slice(quoteAt + 1))?.[0] || 'info';
      return issue(
        quoteAt,
        `the quote ${quote} after ${attribute}= in ${tag}, never closed`,
        `a closing quote ${quote} after the value, like ${attribute}="${value}"`
      );
    }
    if (char && /before attribute value/.test(reason)) {
      const attribute = /([\w-]+)\s*=\s*$/.exec(body.slice(start, at))?.[1] ?? 'id';
      if (/[“”‘’„«»]/.test(char)) {
        const value = /^[^\s/>“”‘’„«»]*/.exec(body.slice(at + 1))?.[0] || 'crisis';
        return issue(
          at,
          `the curly quote ${char} in ${tag}`,
          `straight quotes " around the value, like ${attribute}="${value}" (curly quotes “ ” come from word processors)`
        );
      }
      const value = /^[^\s>/]*/.exec(body.slice(at))?.[0];
      return issue(
        at,
        `${attribute}=${value} without quotes in ${tag}`,
        `the value in straight quotes, like ${attribute}="${value || 'crisis'}"`
      );
    }
    // Boxes are written on one line: a tag still open on a later line is missing its >.
    if (char === '<' || endOfFile || text.lineOf(at) !== text.lineOf(start)) {
      return issue(
        start,
        `${tag} with no > at its end`,
        `> at the end of the box, like <Callout kind="info" title="…"> or <Hotline id="crisis" />`
      );
    }
    return issue(
      at,
      `the sign ${char} in ${tag}`,
      'the box written like <Callout kind="info" title="…"> or <Hotline id="crisis" />: names, = and values in straight quotes "…"'
    );
  }
  return fallback(text, at, issue);
}

type Issue = (offset: number, found: string, expected: string) => BodyIssue;

function strayLessThan(text: TextAt, at: number, issue: Issue): BodyIssue {
  return issue(
    at,
    `${SIGN_LT} in "${text.around(at)}"`,
    `\\< to show the sign, like "${text.around(at, '\\')}", or the words "menos de" / "less than" (a < starts a box like <Callout>)`
  );
}

function strayBrace(text: TextAt, at: number, issue: Issue): BodyIssue {
  const words = text.around(at);
  const escaped = words.replace(/(?<!\\)([{}])/g, '\\$1');
  return issue(at, `${SIGN_BRACE} in "${words}"`, `\\{ and \\} to show braces, like "${escaped}", or no braces`);
}

function fallback(text: TextAt, at: number, issue: Issue): BodyIssue {
  return issue(
    at,
    `text the site cannot show, at "${text.around(at)}"`,
    'on this line: \\< and \\{ for the signs < and {, straight quotes " around values, and every box written like <Callout kind="info" title="…"> … </Callout>'
  );
}

/** Box names start with a capital letter (<Callout>); anything else after < is the sign itself or HTML. */
function isBoxName(name: string): boolean {
  return /^[A-Z]/.test(name);
}

function tagName(body: string, start: number): string {
  return /^<\/?\s*([A-Za-z][\w.:-]*)/.exec(body.slice(start, start + 80))?.[1] ?? '';
}

function firstLine(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** Offsets, lines and the words around a place in the text. */
class TextAt {
  private readonly starts: number[] = [0];

  constructor(readonly body: string) {
    for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  offset(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
    return Math.min(start + Math.max(column, 1) - 1, this.body.length);
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** A few words either side of `offset`, on its line; `insert` goes just before the character there. */
  around(offset: number, insert = ''): string {
    const line = this.lineOf(offset);
    const start = this.starts[line - 1];
    const end = line < this.starts.length ? this.starts[line] - 1 : this.body.length;
    let from = Math.max(start, offset - 20);
    let to = Math.min(end, offset + 20);
    // Cut at spaces so no word is split, unless the line has none nearby.
    if (from > start) from = this.body.lastIndexOf(' ', from) + 1 > start ? this.body.lastIndexOf(' ', from) + 1 : from;
    if (to < end) {
      const space = this.body.indexOf(' ', to);
      to = space >= 0 && space < end && space - to < 15 ? space : to;
    }
    const text = this.body.slice(from, offset) + insert + this.body.slice(offset, to);
    return `${from > start ? '…' : ''}${text.trim()}${to < end ? '…' : ''}`;
  }
}

/**
 * Quotes in quotes, lists in lists: past this many levels the reader of the text slows down sharply
 * (5,000 nested quotes take seconds, a deeply nested list tens of seconds). No page needs more than
 * three or four levels, and readers get lost well before ten; ten leaves room and keeps the check instant.
 */
export const MAX_NESTING = 10;

/**
 * Finds the first line nested deeper than MAX_NESTING, counting quote signs > and list items
 * (by their markers and indentation) without reading the text as a whole: linear in its length.
 */
export function checkNesting(body: string, lineOffset: number): BodyIssue | null {
  const lines = body.split('\n');
  let lists: number[] = []; // the column where the text of each open list item starts
  let quotes = 0;
  let fence = '';
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = '';
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (!line.trim()) continue;
    let i = 0;
    let depth = 0;
    while (true) {
      while (line[i] === ' ') i++;
      if (line[i] !== '>') break;
      depth++;
      i++;
    }
    if (depth !== quotes) lists = [];
    quotes = depth;
    const after = i;
    const indent = after - (line.lastIndexOf('>', after) + 1);
    while (lists.length && lists[lists.length - 1] > indent) lists.pop();
    // List markers, one after another on the same line too ("- - - x").
    let column = 0;
    for (let rest = line.slice(after - indent); ;) {
      const marker = /^( *)([-*+]|\d{1,9}[.)])( +|$)/.exec(rest);
      if (!marker) break;
      column += marker[1].length + marker[2].length;
      const spaces = marker[3].length;
      column += spaces > 4 || spaces === 0 ? 1 : spaces;
      lists.push(column);
      if (quotes + lists.length > MAX_NESTING) break;
      rest = rest.slice(marker[0].length);
    }
    depth = quotes + lists.length;
    if (depth > MAX_NESTING) {
      const what = lists.length >= quotes ? 'lists inside lists' : 'quotes inside quotes (the sign > repeated)';
      return {
        line: n + 1 + lineOffset,
        field: 'text',
        expected: `at most ${MAX_NESTING} levels of quotes and lists: use fewer levels, or split the list into shorter lists with a heading each`,
        found: `${what}, more than ${MAX_NESTING} levels deep from here`
      };
    }
  }
  return null;
}

/**
 * Signs * _ ~ [ ] in one paragraph: the reader pairs each with every other, so a paragraph with
 * thousands of them takes a minute (20,000 "*a_" take 70 seconds; 10,000 "~~a" nested, almost four). A paragraph of real text has a few
 * dozen at most, even with a link in every sentence; tables are left out, since each cell is read alone.
 */
export const MAX_MARKS = 300;

/** Finds the first paragraph with more than MAX_MARKS signs * _ ~ [ ] (a run like ** counts once). */
export function checkMarks(body: string, lineOffset: number): BodyIssue | null {
  const lines = body.split('\n');
  let marks = 0;
  let start = -1; // the first line of the paragraph being counted, -1 between paragraphs
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (!line.trim() || line.trimStart().startsWith('|')) {
      marks = 0;
      start = -1;
      continue;
    }
    if (start < 0) start = n;
    marks += line.match(/(?<!\\)(\*+|_+|~+|\[|\])/g)?.length ?? 0;
    if (marks > MAX_MARKS) {
      return {
        line: start + 1 + lineOffset,
        field: 'text',
        expected: `at most ${MAX_MARKS} in a paragraph: split it with empty lines, or write \\* \\_ \\~ \\[ \\] for the signs themselves`,
        found: `more than ${MAX_MARKS} signs * _ ~ [ ] in the paragraph that starts here`
      };
    }
  }
  return null;
}

/**
 * Boxes inside boxes (<Callout> in <Callout>, and any tag in a tag): the reader of the text and the
 * checks after it go one level deeper for each, and 3,000 of them ran out of stack ("Maximum call
 * stack size exceeded"), 10,000 took seconds and gave no line. A real page puts a box in a box at
 * most (<Stat> in <Stats>); ten leaves room.
 */
export const MAX_BOXES = 10;

/**
 * Finds the first box opened inside more than MAX_BOXES others, counting tags as written (<Name …>
 * opens unless it ends with />, </Name> closes) without reading the text as a whole: linear in its
 * length. Code (between ``` lines or `backticks`) is left out; a < not followed by a name is the sign.
 */
export function checkBoxNesting(body: string, lineOffset: number): BodyIssue | null {
  const lines = body.split('\n');
  let depth = 0;
  let braces = 0;
  let fence = '';
  // A tag may go on over several lines: where it started, and the quote open inside it.
  let tag: {line: number; quote: string} | null = null;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (!tag && fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = '';
      continue;
    }
    if (!tag && fenceMark) {
      fence = fenceMark;
      continue;
    }
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (tag) {
        // Inside a tag: look for its end, > outside quotes; /> closes it at once.
        if (tag.quote) {
          if (char === tag.quote) tag.quote = '';
        } else if (char === '"' || char === "'") {
          tag.quote = char;
        } else if (char === '>') {
          if (line[i - 1] !== '/') depth++;
          if (depth > MAX_BOXES) return tooManyBoxes(tag.line + 1 + lineOffset);
          tag = null;
        }
        continue;
      }
      if (char === '\\') {
        i++; // \< and \{ are the signs themselves
        continue;
      }
      // Braces are refused in the text anyway, but braces in braces take the reader seconds (10,000: 17 s).
      if (char === '{' && ++braces > MAX_BOXES) return tooManyBraces(n + 1 + lineOffset);
      if (char === '}') braces = Math.max(0, braces - 1);
      if (char === '`') {
        // Inline code, to the same number of backticks on this line.
        const run = /^`+/.exec(line.slice(i))![0];
        const end = line.indexOf(run, i + run.length);
        if (end !== -1) i = end + run.length - 1;
        else i += run.length - 1;
        continue;
      }
      if (char !== '<') continue;
      const closing = /^<\/\s*(?:[A-Za-z][\w.-]*(?::[A-Za-z][\w-]*)?)?\s*>/.exec(line.slice(i, i + 200));
      if (closing) {
        depth = Math.max(0, depth - 1);
        i += closing[0].length - 1;
        continue;
      }
      // An opening tag: a name followed by a space, > or / (so <https://…> and <ana@…> are not tags), or <> itself.
      const opening = /^<(?:[A-Za-z][\w.-]*(?::[A-Za-z][\w-]*)?(?=[\s/>]|$))?/.exec(line.slice(i, i + 200));
      if (opening && (opening[0].length > 1 || line[i + 1] === '>')) {
        tag = {line: n, quote: ''};
        i += opening[0].length - 1;
      }
    }
  }
  return null;
}

function tooManyBoxes(line: number): BodyIssue {
  return {
    line,
    field: 'text',
    expected: `at most ${MAX_BOXES} boxes inside each other: close each box (</Callout>) before the next one starts, or use fewer boxes`,
    found: `more than ${MAX_BOXES} boxes (or tags) inside each other, from here`
  };
}

function tooManyBraces(line: number): BodyIssue {
  return {
    line,
    field: 'text',
    expected: `\\{ and \\} to show braces, or no braces (braces are not shown as text)`,
    found: `more than ${MAX_BOXES} braces { inside each other, from here`
  };
}

/** The limits checked before the text is read: nesting of quotes and lists, of boxes, then signs per paragraph. */
export function checkLimits(body: string, lineOffset: number): BodyIssue | null {
  return checkNesting(body, lineOffset) ?? checkBoxNesting(body, lineOffset) ?? checkMarks(body, lineOffset);
}
