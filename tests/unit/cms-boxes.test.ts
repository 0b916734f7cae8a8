import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {boxes, hotlineIds, imagesRelative} from '@/cms/boxes.mjs';
import hotlines from '@/content/hotlines.json';

// The boxes in the staff editor's Insert menu (cms/boxes.mjs) must give back every box of the
// content exactly as it was written, or the editor would rewrite text nobody touched.
const root = path.resolve(__dirname, '../..');
const files = ['es', 'en'].flatMap((locale) =>
  fs
    .readdirSync(path.join(root, 'content', locale))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => fs.readFileSync(path.join(root, 'content', locale, name), 'utf8'))
);

/** What the editor does: from each line on, the first box whose pattern matches right there. */
const findBoxes = (text: string) => {
  const lines = text.split('\n');
  return lines.flatMap((_, i) => {
    const rest = lines.slice(i).join('\n');
    return boxes.flatMap((box) => {
      const match = rest.match(box.pattern);
      return match && match.index === 0 ? [{box, match}] : [];
    });
  });
};

describe('the boxes of the staff editor', () => {
  it('read and write back every box in content/ byte for byte', () => {
    const found = files.flatMap(findBoxes);
    const opened = files.flatMap((text) => text.split('\n').filter((line) => /^<(Hotline |HotlineSharing |Callout |Checklist>|Stats>)/.test(line)));
    expect(found.length).toBe(opened.length);
    for (const {box, match} of found) expect(box.toBlock(box.fromBlock(match))).toBe(match[0]);
  });

  it('leave a box written another way alone, as text', () => {
    const odd = ['<Callout kind="tip">\nText\n</Callout>', '<Hotline id="police" />', '<Checklist>\n- no empty line\n</Checklist>'];
    for (const text of odd) expect(findBoxes(text)).toEqual([]);
  });

  it('write a new box the way the guide shows it', () => {
    const byId = Object.fromEntries(boxes.map((box) => [box.id, box]));
    expect(byId.callout.toBlock({kind: 'safety', title: 'Antes de empezar', spaced: true, text: '- uno\n- dos'})).toBe(
      '<Callout kind="safety" title="Antes de empezar">\n\n- uno\n- dos\n\n</Callout>'
    );
    expect(byId.checklist.toBlock({items: ['Guarda el número.', 'Borra solo\nlo necesario.']})).toBe(
      '<Checklist>\n\n- Guarda el número.\n- Borra solo\n  lo necesario.\n\n</Checklist>'
    );
    expect(byId.stats.toBlock({figures: [{value: '80', text: 'organizaciones'}]})).toBe('<Stats>\n\n<Stat value="80">organizaciones</Stat>\n\n</Stats>');
    expect(byId.hotline.toBlock({id: 'crisis'})).toBe('<Hotline id="crisis" />');
  });

  it('offer the hotlines of content/hotlines.json', () => {
    expect([...hotlineIds].sort()).toEqual(hotlines.map((line: {id: string}) => line.id).sort());
  });

  it('write an uploaded image\'s address as the site wants it, and nothing else', () => {
    expect(imagesRelative('Texto.\n\n![Una llamada](/images/llamada.webp)\n')).toBe('Texto.\n\n![Una llamada](images/llamada.webp)\n');
    expect(imagesRelative('[un enlace](/images/x) y ![otra](images/y.jpg)')).toBe('[un enlace](/images/x) y ![otra](images/y.jpg)');
  });
});
