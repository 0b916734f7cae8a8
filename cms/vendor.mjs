// What the editor page loads besides its own files, all from node_modules (never from a CDN):
// Sveltia CMS's npm build (npm/index.js, which brings its own fonts, icons and image encoders
// in npm/assets) and the packages it imports by name. The import map in index.html names the
// same addresses; cms/server.mjs serves exactly these folders and nothing else of node_modules.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const nodeModules = path.join(root, 'node_modules');

/** Address under /vendor/ → folder in node_modules. */
export const vendorFolders = {
  sveltia: '@sveltia/cms',
  immutable: 'immutable',
  exifr: 'exifr',
  leaflet: 'leaflet',
  svgo: 'svgo',
  'terra-draw': 'terra-draw',
  'terra-draw-leaflet-adapter': 'terra-draw-leaflet-adapter',
  turndown: 'turndown',
  'shiki-langs': '@shikijs/langs',
  'shiki-themes': '@shikijs/themes'
};

/**
 * A shiki language or theme is imported by its export name (`@shikijs/langs/yaml`); the import map
 * sends it to /vendor/shiki-langs/yaml, and this finds the file its package.json exports it as.
 */
export function shikiFile(folder, name) {
  const pkg = JSON.parse(fs.readFileSync(path.join(nodeModules, folder, 'package.json'), 'utf8'));
  const target = pkg.exports?.[`./${name}`];
  return typeof target === 'string' ? path.join(nodeModules, folder, target) : null;
}

/** The exact version of Sveltia CMS installed (package.json pins it). */
export const sveltiaVersion = JSON.parse(fs.readFileSync(path.join(nodeModules, '@sveltia/cms/package.json'), 'utf8')).version;

/** Sveltia's own copy of a font, named as cms/main.js asks for it: <name>-<subset>.woff2. */
export function fontFile(wanted) {
  const assets = path.join(nodeModules, vendorFolders.sveltia, 'npm/assets');
  const stem = wanted.replace(/\.woff2$/, '');
  return fs.readdirSync(assets).find((name) => name.endsWith('.woff2') && name.slice(0, name.lastIndexOf('-')) === stem) ?? null;
}
