// `npm run cms`: serves the staff editor (Sveltia CMS) at http://localhost:PORT/ (default 3600),
// on this computer only. The editor opens the project folder itself, through the browser's
// local-folder mode (Chrome or Edge on a computer): this server only hands out the editor's files.
// It serves the files of this folder that the page needs and, under /vendor/, the packages of
// cms/vendor.mjs from node_modules. Nothing else: not the content, not the rest of the project.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import {fontFile, nodeModules, root, shikiFile, sveltiaVersion, vendorFolders} from './vendor.mjs';

const port = Number(process.env.PORT ?? 3600);
const host = process.env.HOST ?? '127.0.0.1';
const cmsDir = path.join(root, 'cms');
const pageFiles = new Set(['/index.html', '/main.js', '/boxes.mjs', '/config.yml']);

const headers = (res) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Frame-Options', 'DENY');
};
const types = {'.yml': 'application/yaml; charset=utf-8', '.wasm': 'application/wasm'};
const sirvOptions = {dev: true, dotfiles: false, setHeaders: (res, file) => types[path.extname(file)] && res.setHeader('Content-Type', types[path.extname(file)])};
const page = sirv(cmsDir, sirvOptions);
const vendors = Object.fromEntries(Object.entries(vendorFolders).map(([name, folder]) => [name, sirv(path.join(nodeModules, folder), sirvOptions)]));

const notFound = (res) => {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found\n');
};
const sendModule = (res, code) => {
  res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
  res.end(code);
};

export function handle(req, res) {
  headers(res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.statusCode = 405;
    return res.end();
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    res.statusCode = 400;
    return res.end();
  }
  if (pathname.includes('..') || pathname.includes('\0')) return notFound(res);
  if (pathname === '/') pathname = '/index.html';
  if (pageFiles.has(pathname)) {
    req.url = pathname;
    return page(req, res, () => notFound(res));
  }
  // The fonts Sveltia's interface would fetch from a CDN (cms/main.js points them here), from the
  // copies in Sveltia's own package: /vendor/fonts/<name>-<subset>.woff2.
  const font = /^\/vendor\/fonts\/([a-z0-9-]+\.woff2)$/.exec(pathname);
  if (font) {
    const file = fontFile(font[1]);
    if (!file) return notFound(res);
    req.url = `/npm/assets/${file}`;
    return vendors.sveltia(req, res, () => notFound(res));
  }
  const match = /^\/vendor\/([^/]+)(\/.*)$/.exec(pathname);
  if (!match || !vendors[match[1]]) return notFound(res);
  const [, name, rest] = match;
  const folder = vendorFolders[name];
  // Sveltia's interface languages are JSON files it imports as modules (a bundler's habit); a
  // browser wants JavaScript there, so each is handed out as a module that exports the same data.
  if (name === 'sveltia' && /^\/locales\/[A-Za-z-]+\.json$/.test(rest)) {
    const file = path.join(nodeModules, folder, rest);
    if (!fs.existsSync(file)) return notFound(res);
    return sendModule(res, `export default ${fs.readFileSync(file, 'utf8')};\n`);
  }
  if ((name === 'shiki-langs' || name === 'shiki-themes') && /^\/[a-z0-9-]+$/.test(rest)) {
    const file = shikiFile(folder, rest.slice(1));
    if (!file) return notFound(res);
    req.url = `/${path.relative(path.join(nodeModules, folder), file)}`;
    return vendors[name](req, res, () => notFound(res));
  }
  req.url = rest;
  return vendors[name](req, res, () => notFound(res));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  http.createServer(handle).listen(port, host, () => {
    console.log(`Editor (Sveltia CMS ${sveltiaVersion}): http://localhost:${port}/`);
    console.log('Open it in Chrome or Edge on a computer, choose "Work with Local Repository" and pick the project folder.');
    console.log('Press Ctrl+C to stop.');
  });
}
