import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {frontmatterSchema} from '../../lib/content/schema';
import pkg from '../../package.json';

/** The staff guide's promises, checked against the code it describes. */
const guide = fs.readFileSync('content/README.md', 'utf8');

describe('content/README.md', () => {
  it('gives a block of fields that the content check accepts as published', () => {
    const section = guide.slice(guide.indexOf('### A block of fields that publishes'));
    const block = /```yaml\n---\n([\s\S]*?)\n---\n```/.exec(section);
    expect(block, 'the yaml block under "A block of fields that publishes"').not.toBeNull();
    const result = frontmatterSchema.safeParse(parse(block![1]));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.draft).toBeUndefined();
  });

  it('names only npm commands that exist', () => {
    const named = [...guide.matchAll(/npm run ([a-z:]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(3);
    for (const name of new Set(named)) expect(Object.keys(pkg.scripts), `npm run ${name}`).toContain(name);
  });
});
