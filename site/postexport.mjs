// Turns Next's static export (out/) into the site that is served: pages without the framework's
// runtime, nothing that only the runtime needed, precompressed text files, and the headers for
// every host (see site/README.md).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {contentSecurityPolicy, hiddenPaths} from './headers.mjs';
import {mediaName, mediaPrefix, sourceName} from './media.mjs';
import {caddyfile, cloudflarePages, netlifyFiles, nginxServerBlock} from './host-configs.mjs';
import {kindInWords, readPlainFile} from './plain-files.mjs';
import {writeSearchIndex} from './search-index.mjs';
import {stripRuntime} from './strip-runtime.mjs';

/** Files served as they are, besides pages (*.html). Anything else in the export stops the build. */
const SERVED = [/\/opengraph-image$/, /\/feed\.xml$/, /^\/sitemap\.xml$/, /^\/robots\.txt$/, /^\/icon$/];
/** What only the runtime used: RSC payloads (*.txt beside a page), its chunks, Next's own 404 route. */
const RUNTIME_ONLY = [/\.txt$/, /^\/_next\//, /^\/_not-found(\.html|\/)/];
const COMPRESSIBLE = /\.(html|xml|txt|svg|css|js|json)$/;
/** The search page marks itself (components/search/Search.tsx): it alone gets the search CSP. */
const SEARCH_PAGE = /\sdata-search-page=""/;

/** The address a page is served at: /es.html -> /es, /es/ayuda.html -> /es/ayuda. */
const cleanUrl = (file) => file.replace(/\.html$/, '');

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? listFiles(full, base) : [`/${path.relative(base, full).split(path.sep).join('/')}`];
  });
}

function write(file, data) {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, data);
}

/** Brotli and gzip copies beside the file, when they are smaller. */
function precompress(file, data) {
  const br = zlib.brotliCompressSync(data, {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length}});
  const gz = zlib.gzipSync(data, {level: 9});
  if (br.length < data.length) fs.writeFileSync(`${file}.br`, br);
  if (gz.length < data.length) fs.writeFileSync(`${file}.gz`, gz);
}

/** The bytes of /media/<name>.<hash>.<ext>: content/images/<name>.<ext>, if its bytes still have that hash. */
function contentImage(asset, contentDir) {
  const served = asset.slice(mediaPrefix.length);
  const name = sourceName(served);
  const file = name && path.join(contentDir, 'images', name);
  // Never through a shortcut or from a pipe: a shortcut could publish a file from outside content/.
  const read = file ? readPlainFile(file) : {kind: 'missing'};
  if ('kind' in read && read.kind === 'missing') throw new Error(`a page shows the image ${asset}, which is not in ${path.join(contentDir, 'images')}`);
  if ('kind' in read) throw new Error(`a page shows the image ${asset}, but ${file} is ${kindInWords[read.kind]}; put the image file itself there`);
  const bytes = read.bytes;
  if (mediaName(name, bytes) !== served) throw new Error(`${file} changed while the site was built; build again`);
  return bytes;
}

/**
 * @param {{from: string, to: string, servedFrom: string, contentDir?: string}} dirs from: Next's export; to: a new folder
 *   for the build (its site/ is the folder to serve; beside it headers.json, nginx.conf); servedFrom:
 *   where that site/ folder will be served from, for nginx's root; contentDir: the content folder,
 *   whose images/ the pages show (CONTENT_DIR, else content)
 * @returns {Promise<{pages: number, removed: number, csp: string, searchCsp: string, searchPages: string[], indexed: Record<string, number>}>}
 */
export async function postExport({from, to, servedFrom, contentDir = process.env.CONTENT_DIR ?? 'content'}) {
  const files = listFiles(from);
  const site = path.join(to, 'site');
  const inline = {scripts: [], styles: []};
  const keep = new Set();
  const assets = new Set();
  const searchPages = [];
  const toIndex = [];
  let pages = 0;

  for (const file of files) {
    if (file.endsWith('.html') && !RUNTIME_ONLY.some((re) => re.test(file))) {
      const result = stripRuntime(fs.readFileSync(path.join(from, file), 'utf8'), path.join(from, file));
      write(path.join(site, file), result.html);
      if (SEARCH_PAGE.test(result.html)) searchPages.push(file);
      if (file !== '/404.html') toIndex.push({url: cleanUrl(file), html: result.html});
      inline.scripts.push(...result.scripts);
      inline.styles.push(...result.styles);
      result.assets.forEach((a) => assets.add(a));
      keep.add(file);
      pages++;
    } else if (SERVED.some((re) => re.test(file))) {
      write(path.join(site, file), fs.readFileSync(path.join(from, file)));
      keep.add(file);
    } else if (!RUNTIME_ONLY.some((re) => re.test(file))) {
      throw new Error(`${path.join(from, file)}: a file the export step does not know; add a rule for it in site/postexport.mjs`);
    }
  }
  // Files under /_next/ that a page still refers to (a stylesheet or an image), if any, and the
  // images of the text, copied from the content folder (only those a page shows).
  for (const asset of assets) {
    if (asset.startsWith(mediaPrefix)) {
      write(path.join(site, asset), contentImage(asset, contentDir));
      keep.add(asset);
      continue;
    }
    if (!files.includes(asset)) throw new Error(`a page refers to ${asset}, which the export does not contain`);
    write(path.join(site, asset), fs.readFileSync(path.join(from, asset)));
    keep.add(asset);
  }
  if (!keep.has('/404.html')) throw new Error('the export has no 404.html (app/global-not-found.tsx)');

  const {languages: indexed} = await writeSearchIndex({pages: toIndex, outputPath: path.join(site, 'pagefind')});
  for (const file of listFiles(path.join(site, 'pagefind'))) keep.add(`/pagefind${file}`);

  for (const file of keep) {
    if (COMPRESSIBLE.test(file)) precompress(path.join(site, file), fs.readFileSync(path.join(site, file)));
  }

  const csp = contentSecurityPolicy(inline);
  const searchCsp = contentSecurityPolicy(inline, {search: true});
  const served = [...keep].sort();
  const headers = {csp, searchCsp, searchPages: searchPages.map(cleanUrl)};
  write(path.join(to, 'headers.json'), `${JSON.stringify({...headers, indexed, files: served}, null, 2)}\n`);
  for (const [name, text] of Object.entries(cloudflarePages(headers))) write(path.join(site, name), text);
  // Netlify reads a _headers of its own (no "!" lines): its folder is the site without Cloudflare's
  // files and the precompressed copies (Netlify compresses by itself), as hard links: no second copy.
  const netlify = path.join(to, 'netlify');
  for (const file of listFiles(site).filter((f) => !hiddenPaths.includes(f) && !/\.(br|gz)$/.test(f))) {
    fs.mkdirSync(path.dirname(path.join(netlify, file)), {recursive: true});
    fs.linkSync(path.join(site, file), path.join(netlify, file));
  }
  for (const [name, text] of Object.entries(netlifyFiles(headers))) write(path.join(netlify, name), text);
  write(path.join(to, 'nginx.conf'), nginxServerBlock({...headers, root: path.resolve(servedFrom)}));
  write(path.join(to, 'Caddyfile'), caddyfile({...headers, root: path.resolve(servedFrom)}));
  return {pages, removed: files.length - keep.size, ...headers, indexed};
}
