import crypto from 'node:crypto';
import {expect} from '@playwright/test';
import {parse} from 'parse5';

/** What the browser tests expect of every response and every page of the static site. */

export const securityHeaders = {
  'content-security-policy': /^default-src 'none'; .*frame-ancestors 'none'/,
  'referrer-policy': /^no-referrer$/,
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^DENY$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
  'strict-transport-security': /max-age=\d+/,
  'cross-origin-opener-policy': /^same-origin$/
};

type Node = {nodeName: string; tagName?: string; attrs?: {name: string}[]; childNodes?: Node[]; value?: string; content?: Node};

function inlineElements(html: string) {
  const found: {tag: 'script' | 'style'; text: string; src: boolean}[] = [];
  const walk = (node: Node) => {
    if (node.tagName === 'script' || node.tagName === 'style') {
      found.push({
        tag: node.tagName,
        text: (node.childNodes ?? []).map((c) => c.value ?? '').join(''),
        src: !!node.attrs?.some((a) => a.name === 'src')
      });
    }
    node.childNodes?.forEach(walk);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return found;
}

const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;

/**
 * The page is plain HTML: no framework script or payload, and each inline script and style is
 * allowed by a hash in the CSP, which allows nothing inline otherwise.
 */
export function expectStaticPage(html: string, csp: string | undefined) {
  expect(csp, 'Content-Security-Policy').toBeTruthy();
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect(html).not.toContain('__next_f');
  expect(html).not.toMatch(/\/_next\/[^"']*\.js/);
  const directive = (name: string) => csp!.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1) ?? [];
  for (const element of inlineElements(html)) {
    expect(element.src, 'no script loaded from a file').toBe(false);
    const allowed = directive(element.tag === 'script' ? 'script-src' : 'style-src');
    expect(allowed, `${element.tag} ${element.text.slice(0, 60)}…`).toContain(sha256(element.text));
  }
}
