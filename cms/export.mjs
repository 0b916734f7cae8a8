// npm run cms:export [folder]: the editor as plain files (default dist/cms/, never inside
// dist/site), for one address for the whole team on any static host (cms/README.md, "Where the
// editor runs"). The same page as npm run cms, with what server.mjs does at request time done
// here once: Sveltia's interface languages written as JavaScript modules, and the import map
// naming every file, so the host needs no special rule.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fontFile, nodeModules, root, sveltiaVersion, vendorFolders} from './vendor.mjs';

const out = path.resolve(process.argv[2] ?? path.join(root, 'dist/cms'));
if (path.relative(path.join(root, 'dist/site'), out).split(path.sep)[0] !== '..' || out === root) {
  console.error(`Refusing to write the editor into ${out}: it must stay out of the site.`);
  process.exit(1);
}
const cms = path.join(root, 'cms');
const pkg = (name) => path.join(nodeModules, vendorFolders[name]);
const write = (rel, data) => {
  fs.mkdirSync(path.dirname(path.join(out, rel)), {recursive: true});
  fs.writeFileSync(path.join(out, rel), data);
};
const copy = (from, rel) => write(rel, fs.readFileSync(from));
/** Copies a folder's files (no source maps), keeping its layout. */
const copyTree = (from, rel, keep = () => true) => {
  for (const entry of fs.readdirSync(from, {withFileTypes: true})) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) copyTree(source, `${rel}/${entry.name}`, keep);
    else if (!entry.name.endsWith('.map') && keep(entry.name)) copy(source, `${rel}/${entry.name}`);
  }
};

fs.rmSync(out, {recursive: true, force: true});
for (const name of ['main.js', 'boxes.mjs', 'config.yml']) copy(path.join(cms, name), name);

// The import map of index.html, made complete: every name the editor imports, to a file.
const html = fs.readFileSync(path.join(cms, 'index.html'), 'utf8');
const mapMatch = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html);
const imports = JSON.parse(mapMatch[1]).imports;
const shiki = {'@shikijs/langs/': 'shiki-langs', '@shikijs/themes/': 'shiki-themes'};
for (const [prefix, name] of Object.entries(shiki)) {
  delete imports[prefix];
  const exportsMap = JSON.parse(fs.readFileSync(path.join(pkg(name), 'package.json'), 'utf8')).exports;
  for (const [key, target] of Object.entries(exportsMap)) {
    if (key === '.' || typeof target !== 'string' || !target.endsWith('.mjs')) continue;
    imports[`${prefix}${key.slice(2)}`] = `./vendor/${name}/${target.slice(2)}`;
  }
  copyTree(path.join(pkg(name), 'dist'), `vendor/${name}/dist`, (file) => file.endsWith('.mjs'));
}
for (const file of fs.readdirSync(path.join(pkg('sveltia'), 'locales'))) {
  const locale = file.replace(/\.json$/, '');
  write(`vendor/sveltia-locales/${locale}.js`, `export default ${fs.readFileSync(path.join(pkg('sveltia'), 'locales', file), 'utf8')};\n`);
  imports[`./vendor/sveltia/locales/${file}`] = `./vendor/sveltia-locales/${locale}.js`;
}
copyTree(path.join(pkg('sveltia'), 'npm'), 'vendor/sveltia/npm');
for (const [specifier, target] of Object.entries(imports)) {
  const [, name, rest] = /^\.\/vendor\/([^/]+)\/(.*)$/.exec(target);
  if (['sveltia', 'sveltia-locales', ...Object.values(shiki)].includes(name)) continue; // copied above
  if (!fs.existsSync(path.join(pkg(name), rest))) throw new Error(`${specifier}: ${target} is missing`);
  copy(path.join(pkg(name), rest), `vendor/${name}/${rest}`);
}
for (const font of ['source-sans-3-latin-wght-normal', 'noto-mono-latin-400-normal', 'material-symbols-outlined-latin-wght-normal']) {
  copy(path.join(pkg('sveltia'), 'npm/assets', fontFile(`${font}.woff2`)), `vendor/fonts/${font}.woff2`);
}

// The page, with the complete import map and its hash in the Content-Security-Policy.
const map = `\n${JSON.stringify({imports}, null, 2)}\n`;
const hash = crypto.createHash('sha256').update(map).digest('base64');
write(
  'index.html',
  html.replace(mapMatch[0], `<script type="importmap">${map}</script>`).replace(/'sha256-[^']+'/, `'sha256-${hash}'`)
);
console.log(`Editor (Sveltia CMS ${sveltiaVersion}) written to ${path.relative(root, out) || out}: serve this folder on its own address.`);
