import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type {Locale} from '@/i18n/routing';
import {discouragedTerms, glossary as defaultGlossary, type DiscouragedTerm, type Glossary} from '@/lib/glossary';
import type {Problem} from './load';
import {checkLimits} from './text-errors';

/**
 * Words to avoid (content/glossary.json, "discouraged"): finds them in a page's text and
 * says what to write instead. Whole words only, ignoring case but not accents, so "Mayús"
 * and "MAYÚS" are found and "Mayus" is not. Link addresses and code are not read.
 */

type Node = {
  type: string;
  value?: string;
  alt?: string | null;
  attributes?: {type: string; name?: string; value?: unknown}[];
  children?: Node[];
  position?: {start: {line: number}};
};

type Matcher = DiscouragedTerm & {pattern: RegExp; allowed: RegExp[]};

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Letters and digits on either side mean the match is part of a longer word. */
const before = '(?<![\\p{L}\\p{M}\\p{N}_])';
const after = '(?![\\p{L}\\p{M}\\p{N}_])';

/** A phrase as a pattern: any run of spaces or line breaks between words. */
function phrasePattern(phrase: string, wholeWord: boolean): RegExp {
  const body = phrase
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(wholeWord ? `${before}${body}${after}` : body, 'giu');
}

const cache = new WeakMap<Glossary, Partial<Record<Locale, Matcher[]>>>();

function matchers(locale: Locale, list: Glossary): Matcher[] {
  const byLocale = cache.get(list) ?? {};
  cache.set(list, byLocale);
  byLocale[locale] ??= discouragedTerms(locale, list).map((t) => ({
    ...t,
    pattern: phrasePattern(t.term, true),
    allowed: t.allowIn.map((p) => phrasePattern(p, false))
  }));
  return byLocale[locale];
}

type Hit = {index: number; end: number; found: string; term: Matcher};

/** Every discouraged word in a piece of text, in order, without overlaps (the longer one wins). */
export function findTerms(text: string, locale: Locale, list: Glossary = defaultGlossary): Hit[] {
  const value = text.normalize('NFC');
  const hits: Hit[] = [];
  for (const term of matchers(locale, list)) {
    const allowedRanges = term.allowed.flatMap((p) =>
      [...value.matchAll(p)].map((m) => [m.index, m.index + m[0].length])
    );
    for (const m of value.matchAll(term.pattern)) {
      const end = m.index + m[0].length;
      if (allowedRanges.some(([from, to]) => m.index >= from && end <= to)) continue;
      hits.push({index: m.index, end, found: m[0], term});
    }
  }
  hits.sort((a, b) => a.index - b.index || b.end - a.end);
  return hits.filter((h, i) => !hits.slice(0, i).some((p) => h.index < p.end && p.index < h.end));
}

function problem(file: string, line: number, field: string, hit: Hit): Problem {
  return {
    file,
    line,
    field,
    expected: `${hit.term.use} instead (${hit.term.why})`,
    found: hit.found.replace(/\s+/g, ' ')
  };
}

/**
 * Discouraged words in a text that starts on `line` (a title, a description, a UI string).
 * Line breaks inside the text move the reported line on.
 */
export function checkText(
  text: string,
  line: number,
  locale: Locale,
  list: Glossary = defaultGlossary,
  file = '',
  field = 'text'
): Problem[] {
  const value = text.normalize('NFC');
  return findTerms(value, locale, list).map((hit) =>
    problem(file, line + (value.slice(0, hit.index).match(/\n/g)?.length ?? 0), field, hit)
  );
}

/**
 * Discouraged words in an MDX body: its text, headings, list items, table cells, image
 * descriptions and component attributes such as a Callout title. `linesBefore` is the
 * number of lines above the body (the frontmatter), so lines are the file's lines.
 */
export function checkTerms(
  body: string,
  linesBefore: number,
  locale: Locale,
  list: Glossary = defaultGlossary,
  file = ''
): Problem[] {
  let tree: Node;
  try {
    // Text nested too deep or full of signs takes seconds to read; the content check refuses it (text-errors.ts).
    if (checkLimits(body, 0)) throw new Error('too deep or too many signs');
    tree = parser.runSync(parser.parse(body)) as unknown as Node;
  } catch {
    // The body is not valid MDX (the content check reports that): read it as plain text,
    // leaving out link addresses and code.
    const masked = body
      .replace(/```[\s\S]*?(```|$)/g, (m) => m.replace(/[^\n]/g, ' '))
      .replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length))
      .replace(/\]\([^)\n]*\)/g, (m) => ' '.repeat(m.length))
      .replace(/<https?:[^>\s]*>/g, (m) => ' '.repeat(m.length));
    return checkText(masked, linesBefore + 1, locale, list, file);
  }

  const problems: Problem[] = [];
  // Returns false for a node whose children are not read.
  const visit = (node: Node): boolean => {
    const line = (node.position?.start.line ?? 1) + linesBefore;
    switch (node.type) {
      case 'text':
        problems.push(...checkText(node.value ?? '', line, locale, list, file));
        return false;
      case 'inlineCode':
      case 'code':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return false;
      case 'image':
        problems.push(...checkText(node.alt ?? '', line, locale, list, file));
        return false;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attr of node.attributes ?? []) {
          // Ids and kinds are codes, not words readers see.
          if (typeof attr.value === 'string' && attr.name && !['id', 'kind'].includes(attr.name)) {
            problems.push(...checkText(attr.value, line, locale, list, file));
          }
        }
        break;
    }
    return true;
  };
  // A loop, not recursion: however deep the text nests, the check cannot run out of stack.
  const stack = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (visit(node) && node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return problems;
}
