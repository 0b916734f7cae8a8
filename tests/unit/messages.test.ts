import {describe, expect, it} from 'vitest';
import es from '@/messages/es.json';
import en from '@/messages/en.json';

function leaves(obj: unknown, prefix = ''): [string, unknown][] {
  if (obj && typeof obj === 'object') {
    return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, obj]];
}

describe('UI strings', () => {
  it('Spanish and English have exactly the same keys', () => {
    expect(leaves(es).map(([k]) => k).sort()).toEqual(leaves(en).map(([k]) => k).sort());
  });

  it.each([
    ['es', es],
    ['en', en]
  ])('%s has no empty string', (_, messages) => {
    const empty = leaves(messages).filter(([, v]) => typeof v !== 'string' || !v.trim());
    expect(empty).toEqual([]);
  });

  it('the two languages are not copies of each other', () => {
    const same = leaves(es).filter(([k, v]) => leaves(en).find(([k2]) => k2 === k)?.[1] === v);
    // Only abbreviations like TTY may be the same in both languages.
    expect(same.map(([k]) => k)).toEqual(['Hotline.tty']);
  });
});
