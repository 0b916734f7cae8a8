import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type {ImageRef} from './images';
import {checkLimits, explainTextError} from './text-errors';

/**
 * Reads an MDX body the way the site renders it (Markdown + GFM + MDX) and
 * reports what editors may not use: raw HTML, {expressions}, import/export
 * and unknown components. Also collects internal links and the plain text
 * for reading time (all text) and readability (prose paragraphs only).
 */

export type BodyIssue = {line: number; field: string; expected: string; found: string};

type Attr = {type: string; name?: string; value?: unknown};
type Node = {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  attributes?: Attr[];
  children?: Node[];
  position?: {start: {line: number}};
};

/** The components editors may use, and the attributes each one takes. */
export type ComponentRules = Record<string, {attributes: Record<string, (value: string) => string | null>}>;

/**
 * Where a block of text sits. Only "prose" (a paragraph outside lists, tables and figures)
 * counts for readability: a heading, a list item or a table cell is not a sentence.
 */
export type BlockKind = 'prose' | 'heading' | 'list' | 'table' | 'figure';

/** One block of plain text and where it sits. */
export class TextBlock {
  constructor(
    readonly kind: BlockKind,
    readonly text: string
  ) {}

  /** The text itself, so `blocks.join(' ')` is all the text of a page (for word count and reading time). */
  toString(): string {
    return this.text;
  }
}

export type BodyReport = {
  issues: BodyIssue[];
  internalLinks: {href: string; line: number}[];
  /** Links to other sites (https://), in the order they appear: the printout lists them as endnotes. */
  externalLinks: {href: string; text: string}[];
  /** Plain text, one block per paragraph, heading or table cell, each with its kind. */
  blocks: TextBlock[];
  /** Images, checked against content/images/ by lib/content/images.ts. */
  images: ImageRef[];
};

/** The components whose text is figures and their labels, not sentences. */
const FIGURES = new Set(['Stats', 'Stat']);

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Links editors may write besides /es/... and /en/... pages: secure addresses only, so a
 * link never shows a reader's page to the network, plus e-mail, phone, text and #anchors.
 */
const safeLink = /^(https:\/\/|mailto:|tel:|sms:|#)/;
const linkKinds = 'a link starting with /es/ or /en/ (this site), https:// (another site), mailto:, tel: or sms:';

export function analyzeBody(body: string, lineOffset: number, components: ComponentRules): BodyReport {
  const issues: BodyIssue[] = [];
  const internalLinks: BodyReport['internalLinks'] = [];
  const externalLinks: BodyReport['externalLinks'] = [];
  const blocks: TextBlock[] = [];
  const images: ImageRef[] = [];

  // Refuse deep nesting and piles of signs before reading: the reader takes seconds on them.
  const tooDeep = checkLimits(body, lineOffset);
  if (tooDeep) return {issues: [tooDeep], internalLinks, externalLinks, blocks, images};
  let tree: Node;
  try {
    tree = parser.runSync(parser.parse(body)) as unknown as Node;
  } catch (error) {
    issues.push(explainTextError(error, body, lineOffset));
    return {issues, internalLinks, externalLinks, blocks, images};
  }

  const lineOf = (node: Node) => (node.position?.start.line ?? 1) + lineOffset;

  // `where` is the kind a paragraph gets here: "list" inside a list item, and so on. Each node returns
  // the kind for its children, or null to skip them.
  const visit = (node: Node, where: BlockKind): BlockKind | null => {
    let inner = where;
    switch (node.type) {
      case 'mdxjsEsm':
        issues.push({
          line: lineOf(node),
          field: 'text',
          expected: 'no import or export lines (components are available without importing)',
          found: firstLine(node.value)
        });
        return null;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        issues.push({
          line: lineOf(node),
          field: 'text',
          expected: `\\{ and \\} to show braces, like \\{${firstLine(node.value)}\\}, or no braces`,
          found: `{${firstLine(node.value)}}`
        });
        return null;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkComponent(node, lineOf(node), components, issues);
        if (FIGURES.has(node.name ?? '')) inner = 'figure';
        break;
      case 'listItem':
        if (where === 'prose') inner = 'list';
        break;
      case 'table':
        if (where === 'prose') inner = 'table';
        break;
      case 'link':
      case 'definition': {
        const url = node.url ?? '';
        if (url.startsWith('/')) internalLinks.push({href: url, line: lineOf(node)});
        else if (node.type === 'link' && url.startsWith('https://')) externalLinks.push({href: url, text: plainText(node).trim()});
        else if (!safeLink.test(url)) {
          issues.push({
            line: lineOf(node),
            field: 'link',
            expected: `${linkKinds}; an http:// link shows the whole address to anyone watching the network`,
            found: url
          });
        }
        break;
      }
      case 'image':
        images.push({src: node.url ?? '', alt: node.alt ?? '', line: lineOf(node)});
        break;
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const text = plainText(node).trim();
        const kind = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table' : where;
        if (text) blocks.push(new TextBlock(kind, text));
        // Keep walking for links and components inside.
        break;
      }
    }
    return inner;
  };
  // A loop, not recursion: however deep the text nests, the check cannot run out of stack.
  const stack: [Node, BlockKind][] = [[tree, 'prose']];
  while (stack.length) {
    const [node, where] = stack.pop()!;
    const inner = visit(node, where);
    if (inner === null || !node.children) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i], inner]);
  }
  return {issues, internalLinks, externalLinks, blocks, images};
}

function checkComponent(node: Node, line: number, components: ComponentRules, issues: BodyIssue[]) {
  const name = node.name ?? '';
  const allowed = Object.keys(components).map((c) => `<${c}>`).join(', ');
  if (!name || /^[a-z]/.test(name)) {
    issues.push({
      line,
      field: 'text',
      expected: `Markdown instead of HTML tags (allowed components: ${allowed})`,
      found: name ? `<${name}>` : '<>'
    });
    return;
  }
  const rules = components[name];
  if (!rules) {
    issues.push({line, field: 'text', expected: `one of the components ${allowed}`, found: `<${name}>`});
    return;
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      issues.push({line, field: `<${name}>`, expected: 'attributes written as name="value"', found: '{...}'});
      continue;
    }
    const check = rules.attributes[attr.name];
    if (!check) {
      const names = Object.keys(rules.attributes).join(', ') || 'none';
      issues.push({line, field: `<${name}> ${attr.name}`, expected: `only these attributes: ${names}`, found: attr.name});
      continue;
    }
    if (typeof attr.value !== 'string') {
      issues.push({line, field: `<${name}> ${attr.name}`, expected: 'a value in quotes, like id="crisis"', found: 'no quoted value'});
      continue;
    }
    const expected = check(attr.value);
    if (expected) issues.push({line, field: `<${name}> ${attr.name}`, expected, found: `"${attr.value}"`});
  }
}

/** The text of a node and everything inside it, in order (a loop: no recursion, whatever the depth). */
function plainText(node: Node): string {
  let text = '';
  const stack = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.type === 'text' || current.type === 'inlineCode') text += current.value ?? '';
    else if (current.children) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return text;
}

function firstLine(value: string | undefined): string {
  const line = (value ?? '').split('\n')[0];
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
