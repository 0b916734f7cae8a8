// The search index (Pagefind), written at build time from the pages as they are served, under
// their clean addresses. One index per language (from <html lang>), with Spanish and English
// stemming. Only pages whose <main> carries data-pagefind-body are indexed (articles, guides, core
// pages and the home page; not the indexes, the search page or the 404). The browser loads it on
// the search page only; nothing is sent anywhere but requests for these files.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Pagefind's own UI files: the search page has its own (components/search/), so these are not published. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\b/;

/**
 * @param {{pages: {url: string, html: string}[], outputPath: string}} options
 * @returns {Promise<{languages: Record<string, number>}>} pages indexed per language
 */
export async function writeSearchIndex({pages, outputPath}) {
  const {index, errors} = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`the search index could not be created: ${errors.join('; ')}`);
    for (const page of pages) {
      const added = await index.addHTMLFile({url: page.url, content: page.html});
      if (added.errors.length) throw new Error(`${page.url}: the search index refused the page: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({outputPath});
    if (written.errors.length) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  for (const name of fs.readdirSync(outputPath)) {
    if (UNUSED.test(name)) fs.rmSync(path.join(outputPath, name), {recursive: true});
  }
  const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
  return {languages: Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]))};
}
