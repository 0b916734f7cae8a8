// One-time (and safe to repeat): writes the fields at the top of every page in content/es and
// content/en the way the editor writes them (cms/frontmatter.mjs), so that a later save in the
// editor changes only the lines the person changed. The text below the fields is not touched.
// Usage: node cms/normalise.mjs [--check]   (--check: only say which files differ; exit 1 if any)
import fs from 'node:fs';
import path from 'node:path';
import {normalisePage} from './frontmatter.mjs';
import {root} from './vendor.mjs';

const check = process.argv.includes('--check');
const changed = [];
for (const locale of ['es', 'en']) {
  const dir = path.join(root, 'content', locale);
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const file = path.join(dir, name);
    const before = fs.readFileSync(file, 'utf8');
    const after = normalisePage(before);
    if (after === before) continue;
    changed.push(path.relative(root, file));
    if (!check) fs.writeFileSync(file, after);
  }
}
console.log(changed.length ? `${check ? 'Not yet in the editor\'s form' : 'Rewritten'}: ${changed.length} files\n${changed.join('\n')}` : 'Every page is in the editor\'s form.');
if (check && changed.length) process.exit(1);
