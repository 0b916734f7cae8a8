// Removes Next's client runtime from one exported HTML page, keeping every other byte as it was.
// The site's own inline scripts carry the SITE_SCRIPT attribute and are the only scripts kept
// (an allowlist): anything this module does not recognise stops the build, naming the file and element.
import {parse} from 'parse5';

/** The attribute that marks a script as the site's own (see components/quick-exit/QuickExit.tsx). */
export const SITE_SCRIPT = 'data-site-script';

/** Inline scripts Next writes: the RSC payload and Turbopack's chunk list. */
const FRAMEWORK_INLINE = [/^\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(/, /^self\.__next_f\.push\(/, /^\(globalThis\["TURBOPACK"\]/];

/** Words a kept script must not contain: they would mean it needs the runtime that is removed. */
const RUNTIME_WORDS = /__next_f|__next_s|TURBOPACK|webpackChunk|__NEXT_DATA__|\$RC\(|\$RS\(/;

export class StripError extends Error {
  constructor(file, message, node) {
    const loc = node?.sourceCodeLocation;
    super(`${file}${loc ? `:${loc.startLine}` : ''}: ${message}`);
    this.name = 'StripError';
  }
}

const attrsOf = (node) => Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
const textOf = (node) => (node.childNodes ?? []).map((c) => c.value ?? '').join('');

function* walk(node) {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content) yield* walk(node.content); // <template> contents
}

function describe(html, node) {
  const {startOffset, endOffset} = node.sourceCodeLocation;
  const text = html.slice(startOffset, endOffset).replace(/\s+/g, ' ');
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/**
 * @param {string} html one page as Next exported it
 * @param {string} file its name, for messages
 * @returns {{html: string, scripts: string[], styles: string[], assets: string[]}}
 *   the page without the runtime; the text of each kept inline script and style (for CSP hashes);
 *   the /_next/ files and the /media/ images (site/media.mjs) the page refers to.
 */
export function stripRuntime(html, file) {
  const doc = parse(html, {sourceCodeLocationInfo: true});
  /** [start, end, replacement]: ranges of the source to replace (cut when the replacement is ''). */
  const edits = [];
  /** The site's scripts in <head>, moved up to just after the first <meta> tags (see below). */
  const headScripts = [];
  let afterFirstMetas = -1;
  const scripts = [];
  const styles = [];
  const assets = new Set();
  const cut = (node) => edits.push([node.sourceCodeLocation.startOffset, node.sourceCodeLocation.endOffset, '']);

  for (const node of walk(doc)) {
    if (node.nodeName === '#comment' && /^\$[?!]/.test(node.data)) {
      throw new StripError(file, `a Suspense placeholder that only the framework's runtime can fill: ${describe(html, node)}`, node);
    }
    if (!node.tagName) continue;
    const attrs = attrsOf(node);
    if (node.tagName === 'template' && /^[BPS]:/.test(attrs.id ?? '')) {
      throw new StripError(file, `a Suspense placeholder that only the framework's runtime can fill: ${describe(html, node)}`, node);
    }
    if (node.tagName === 'script') {
      const text = textOf(node);
      if (SITE_SCRIPT in attrs) {
        if (attrs.src) throw new StripError(file, `a site script must be inline, not loaded from a file: ${describe(html, node)}`, node);
        if (RUNTIME_WORDS.test(text)) {
          throw new StripError(file, `a site script refers to the framework's runtime, which is removed: ${describe(html, node)}`, node);
        }
        scripts.push(text);
        if (node.parentNode?.tagName === 'head') headScripts.push(node);
      } else if (attrs.src?.startsWith('/_next/') || (!attrs.src && FRAMEWORK_INLINE.some((re) => re.test(text)))) {
        cut(node);
      } else {
        throw new StripError(
          file,
          `an unknown script (mark the site's own scripts with ${SITE_SCRIPT}): ${describe(html, node)}`,
          node
        );
      }
      continue;
    }
    if (node.tagName === 'link') {
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      const preloadsScript = (rel.includes('preload') && attrs.as === 'script') || rel.includes('modulepreload');
      if (preloadsScript) {
        cut(node);
        continue;
      }
    }
    // <meta charset> and the viewport come first: they change how the rest is read and laid out.
    if (node.tagName === 'meta' && node.parentNode?.tagName === 'head' && ('charset' in attrs || attrs.name === 'viewport')) {
      afterFirstMetas = Math.max(afterFirstMetas, node.sourceCodeLocation.endOffset);
    }
    if (node.tagName === 'style') styles.push(textOf(node));
    for (const name of ['href', 'src']) {
      if (/^\/(_next|media)\//.test(attrs[name] ?? '')) assets.add(attrs[name].split(/[?#]/)[0]);
    }
  }

  // Next writes the page's own head elements last, after the inlined stylesheet and the metadata.
  // The site's head scripts (the quick exit) move up before them, so they run before the browser
  // reads 14 KB of CSS and tags: the exit is armed sooner after the first byte.
  const moving = headScripts.filter((node) => afterFirstMetas >= 0 && node.sourceCodeLocation.startOffset > afterFirstMetas);
  for (const node of moving) cut(node);
  if (moving.length) {
    const text = moving.map((node) => html.slice(node.sourceCodeLocation.startOffset, node.sourceCodeLocation.endOffset)).join('');
    edits.push([afterFirstMetas, afterFirstMetas, text]);
  }

  let out = html;
  // From the end, so earlier offsets stay valid.
  edits.sort((a, b) => b[0] - a[0]);
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  if (/__next_f|\/_next\/static\/chunks\/[^"']*\.js/.test(out)) {
    throw new StripError(file, 'the framework runtime is still referenced after stripping');
  }
  return {html: out, scripts, styles, assets: [...assets]};
}
