import {spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {imageSize} from 'image-size';
import {afterEach, describe, expect, it} from 'vitest';
import {formatProblems} from '@/lib/content';
import {loadContent, type Problem} from '@/lib/content/load';
import {maxImagePixels, maxImageSide, servedImage} from '@/lib/content/images';
import {notPlainIssue} from '@/lib/content/file-checks';
import {MAX_BOXES} from '@/lib/content/text-errors';
import {postExport} from '@/site/postexport.mjs';
import {contentFolder, fm} from './content-fixture';

/**
 * Hostile or broken inputs in content/: images tiny in bytes and huge in pixels; shortcuts (symbolic
 * links), devices and named pipes; text nested thousands of levels deep. Each gets one plain message
 * with its file and line, quickly, and the build stops on it with that message (no hang, no stack
 * trace, nothing read through a shortcut). The core pages' fields take lines 1 to 9: text starts on 10.
 */

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};

/** Problems with the file named from inside the content folder (es/ayuda.mdx). */
const problemsOf = (root: string): Problem[] =>
  loadContent({root, includeDrafts: false}).problems.map((p) => ({...p, file: p.file.replace(/^[^/]+\//, '')}));

/** A content folder (see content-fixture.ts) whose Spanish help page, es/ayuda.mdx, has `text` as its text, from line 10. */
function withHelpText(prefix: string, text: string) {
  const folder = contentFolder(prefix);
  const file = path.join(folder.root, 'es', 'ayuda.mdx');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n---\n[\s\S]*$/, `\n---\n${text}`));
  return folder;
}

const u32le = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

/**
 * A real lossless WebP of one colour, of any size, in 34 bytes: each of its five prefix codes holds a
 * single symbol, so every pixel takes no bits at all (the format allows it, and browsers decode it).
 */
function webpOfOneColour(width: number, height: number): Buffer {
  const bits: number[] = [];
  const put = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  put(width - 1, 14);
  put(height - 1, 14);
  put(0, 1); // no alpha
  put(0, 3); // version 0
  put(0, 1); // no transform
  put(0, 1); // no colour cache
  put(0, 1); // one set of prefix codes for the whole image
  // Green, red, blue, alpha and distance: a "simple" code of one 8-bit symbol each.
  for (const symbol of [0x80, 0x40, 0x20, 0xff, 0]) {
    put(1, 1);
    put(0, 1);
    put(1, 1);
    put(symbol, 8);
  }
  const data = Buffer.alloc(Math.ceil(bits.length / 8));
  bits.forEach((bit, i) => (data[i >> 3] |= bit << (i & 7)));
  const vp8l = Buffer.concat([Buffer.from([0x2f]), data]);
  const chunk = Buffer.concat([Buffer.from('VP8L'), u32le(vp8l.length), vp8l, Buffer.alloc(vp8l.length % 2)]);
  return Buffer.concat([Buffer.from('RIFF'), u32le(4 + chunk.length), Buffer.from('WEBP'), chunk]);
}

/** A real black-and-white PNG (1 bit a pixel, all zero), compressed: 16,383 x 16,383 pixels take 32 KB. */
function pngOfOneColour(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bits per pixel
  header[9] = 0; // greyscale
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8))); // each row: filter byte 0, then pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, {level: 9})),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

/** The Spanish help page shows images/<name>, on line 13. */
function withImage(name: string, bytes: Buffer) {
  const {root, write} = withHelpText('content-pixels-', `\nTexto.\n\n![Un mapa de la ciudad](images/${name})\n`);
  fs.mkdirSync(path.join(root, 'images'));
  fs.writeFileSync(path.join(root, 'images', name), bytes);
  return {root, write};
}

describe('images limited by their pixels, not only their bytes', () => {
  it('the fixtures are real images: tiny files, huge pictures', () => {
    expect(imageSize(webpOfOneColour(16383, 16383))).toMatchObject({width: 16383, height: 16383, type: 'webp'});
    expect(webpOfOneColour(16383, 16383).length).toBeLessThan(100);
    const png = pngOfOneColour(16383, 16383);
    expect(imageSize(png)).toMatchObject({width: 16383, height: 16383, type: 'png'});
    expect(png.length).toBeLessThan(50 * 1024);
  });

  it.each([
    ['a 34-byte WebP of 16,383 x 16,383 pixels', 'mapa.webp', () => webpOfOneColour(16383, 16383), '16,383 x 16,383'],
    ['a 32 KB PNG of 16,383 x 16,383 pixels', 'mapa.png', () => pngOfOneColour(16383, 16383), '16,383 x 16,383'],
    ['a strip 4,001 pixels long', 'mapa.webp', () => webpOfOneColour(4001, 10), '4,001 x 10'],
    ['2,001 x 2,000 pixels (just over 4 megapixels)', 'mapa.png', () => pngOfOneColour(2001, 2000), '2,001 x 2,000']
  ])('refuses %s, saying its size and how to shrink it', (_, name, make, size) => {
    const {root} = withImage(name, make());
    const started = performance.now();
    expect(problemsOf(root)).toEqual([
      {
        file: 'es/ayuda.mdx',
        line: 13,
        field: 'image',
        expected:
          `an image of at most 4,000 pixels a side and 4 megapixels (like 2,000 x 2,000): make it at most 800 pixels wide ` +
          '(content/README.md, "Images", says how); a phone keeps every pixel of an image in its memory, however small the file',
        found: `images/${name} (${size} pixels)`
      }
    ]);
    // Only the headers are read: no picture is ever decoded.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('accepts images up to the limits', () => {
    expect([maxImageSide, maxImagePixels]).toEqual([4000, 4_000_000]);
    for (const [width, height] of [
      [2000, 2000],
      [4000, 1000],
      [800, 600]
    ]) {
      const {root} = withImage('mapa.webp', webpOfOneColour(width, height));
      expect(problemsOf(root)).toEqual([]);
      expect(servedImage('images/mapa.webp', root)).toMatchObject({width, height});
    }
  });
});

describe('shortcuts (symbolic links), devices and named pipes in content/', () => {
  /** A file outside the content folder, as a secret file would be. */
  function outsideFile(text: string) {
    const file = path.join(tempDir('outside-'), 'secreto.mdx');
    fs.writeFileSync(file, text);
    return file;
  }

  const pageFields = (id: string) =>
    fm({
      id,
      title: '"Una página de prueba del sitio"',
      description: '"A description that is long enough for the content check to accept it."',
      kind: 'page',
      audience: 'everyone',
      topics: '[safety]',
      published: '2026-11-01'
    });

  it('refuses a shortcut to a file outside the project, without reading it or publishing it', () => {
    const {root} = contentFolder('content-links-');
    const secret = outsideFile(`${pageFields('secret')}\nTEXTO-SECRETO-DE-FUERA\n`);
    fs.symlinkSync(secret, path.join(root, 'es', 'secreto.mdx'));
    const {entries, problems} = loadContent({root, includeDrafts: true});
    expect(problems.map((p) => ({...p, file: p.file.replace(/^[^/]+\//, '')}))).toEqual([
      {
        file: 'es/secreto.mdx',
        line: 1,
        field: 'file',
        expected:
          'a real file or folder saved in content/, not a shortcut: delete the shortcut and put a copy of the file itself here ' +
          '(the site never follows shortcuts, so nothing from outside content/ is published)',
        found: `a shortcut (symbolic link) to ${secret.length > 60 ? `${secret.slice(0, 57)}...` : secret}`
      }
    ]);
    expect(entries.map((e) => e.slug)).not.toContain('secreto');
    expect(formatProblems(problems)).not.toContain('TEXTO-SECRETO-DE-FUERA');
  });

  it('refuses a shortcut to /proc/self/environ without printing the environment', () => {
    const {root} = contentFolder('content-links-');
    fs.symlinkSync('/proc/self/environ', path.join(root, 'en', 'about-us.mdx'));
    const problems = problemsOf(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'en/about-us.mdx', line: 1, found: 'a shortcut (symbolic link) to /proc/self/environ'});
    const printed = formatProblems(problems);
    expect(printed).not.toContain('PATH=');
    expect(printed).not.toContain(process.env.PATH);
  });

  it('refuses a shortcut to a folder, and reads nothing inside it', () => {
    const {root} = contentFolder('content-links-');
    const elsewhere = tempDir('outside-');
    fs.writeFileSync(path.join(elsewhere, 'otra.mdx'), 'no fields at all');
    fs.symlinkSync(elsewhere, path.join(root, 'es', 'mas'));
    fs.symlinkSync(elsewhere, path.join(root, 'images'));
    const problems = problemsOf(root);
    expect(problems.map((p) => [p.file, p.line, p.found])).toEqual([
      ['es/mas', 1, `a shortcut (symbolic link) to ${elsewhere}`],
      ['images', 1, `a shortcut (symbolic link) to ${elsewhere}`]
    ]);
  });

  it('refuses an image that is a shortcut, in the folder and where the text shows it; the page gets no image', () => {
    const {root} = withHelpText('content-links-', '\nTexto.\n\n![Un mapa de la ciudad](images/mapa.webp)\n');
    const outside = path.join(tempDir('outside-'), 'mapa.webp');
    fs.writeFileSync(outside, webpOfOneColour(3, 2));
    fs.mkdirSync(path.join(root, 'images'));
    fs.symlinkSync(outside, path.join(root, 'images', 'mapa.webp'));
    const problems = problemsOf(root);
    expect(problems.map((p) => [p.file, p.line, p.field, p.found])).toEqual([
      ['es/ayuda.mdx', 13, 'image', 'images/mapa.webp (content/images/mapa.webp is a shortcut (symbolic link))'],
      ['images/mapa.webp', 1, 'file', `a shortcut (symbolic link) to ${outside}`]
    ]);
    expect(problems[0].expected).toBe(
      'the image file itself in content/images/, not a shortcut or a special file: put a copy of the image there as mapa.webp'
    );
    expect(servedImage('images/mapa.webp', root)).toBeNull();
  });

  it('the build never publishes an image through a shortcut', async () => {
    const from = tempDir('export-');
    const page = (body: string) => `<!DOCTYPE html><html lang="es"><head><meta charSet="utf-8"/></head><body><main>${body}</main></body></html>`;
    const image = webpOfOneColour(3, 2);
    const served = `/media/mapa.${crypto.createHash('sha256').update(image).digest('hex').slice(0, 10)}.webp`;
    fs.writeFileSync(path.join(from, 'es.html'), page(`<p><img class="content-image" src="${served}" alt="Un mapa" width="3" height="2"/></p>`));
    fs.writeFileSync(path.join(from, '404.html'), page('<p>No encontramos esta página.</p>'.repeat(20)));
    const contentDir = tempDir('content-');
    fs.mkdirSync(path.join(contentDir, 'images'));
    const outside = path.join(tempDir('outside-'), 'mapa.webp');
    fs.writeFileSync(outside, image);
    fs.symlinkSync(outside, path.join(contentDir, 'images', 'mapa.webp'));
    const to = tempDir('site-');
    await expect(postExport({from, to, servedFrom: to, contentDir})).rejects.toThrow(
      `a page shows the image ${served}, but ${path.join(contentDir, 'images', 'mapa.webp')} is a shortcut (symbolic link); put the image file itself there`
    );
    expect(fs.existsSync(path.join(to, 'site', served))).toBe(false);
  });

  it("ignores an editor's lock file (a shortcut whose name starts with a dot), even a broken one", () => {
    const {root} = contentFolder('content-links-');
    fs.symlinkSync('ana@portatil.12345:1700000000', path.join(root, 'es', '.#ayuda.mdx'));
    expect(problemsOf(root)).toEqual([]);
  });

  /**
   * A named pipe, a shortcut to /dev/zero and a broken shortcut: reading any of them would hang (or
   * crash) the process, so they are checked in a child process with a time limit.
   */
  function hostileFolder() {
    const {root, write} = contentFolder('content-special-');
    const fifo = spawnSync('mkfifo', [path.join(root, 'es', 'tuberia.mdx')]);
    expect(fifo.status).toBe(0);
    fs.symlinkSync('/dev/zero', path.join(root, 'en', 'zero.mdx'));
    fs.symlinkSync(path.join(root, 'no-such-file.mdx'), path.join(root, 'en', 'broken.mdx'));
    return {root, write};
  }

  it('refuses a named pipe and a shortcut to /dev/zero at once, instead of waiting on them for ever', () => {
    const {root} = hostileFolder();
    const started = Date.now();
    const result = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/content-check.ts', '--problems-only'], {
      env: {...process.env, CONTENT_DIR: root},
      encoding: 'utf8',
      timeout: 60_000
    });
    expect(result.error).toBeUndefined(); // not killed by the time limit
    expect(result.status).toBe(1);
    const name = path.basename(root);
    expect(result.stderr).toContain(`${name}/en/broken.mdx:1  file  expected a real file or folder saved in content/, not a shortcut`);
    expect(result.stderr).toContain(`${name}/en/zero.mdx:1  file  expected a real file or folder saved in content/, not a shortcut`);
    expect(result.stderr).toContain('found a shortcut (symbolic link) to /dev/zero');
    expect(result.stderr).toContain(
      `${name}/es/tuberia.mdx:1  file  expected only text files and images in content/: delete this entry ` +
        '(it is not a file anyone saved; ask the person who looks after the site)  found a named pipe (FIFO), not a real file'
    );
    // Exactly the three hostile entries (the folder's pages have other problems of their own: no review date).
    expect(result.stderr.match(/^\S+:\d+ {2}file {2}/gm)).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('npm run build (and so npm start) stops on them at once, before anything reads content/', () => {
    const {root} = hostileFolder();
    const dist = tempDir('dist-');
    const result = spawnSync(process.execPath, ['site/build.mjs'], {
      env: {...process.env, CONTENT_DIR: root, SITE_DIST: path.join(dist, 'dist'), SITE_URL: 'https://salida-segura.example'},
      encoding: 'utf8',
      timeout: 60_000
    });
    expect(result.error).toBeUndefined(); // not killed by the time limit
    expect(result.status).toBe(1);
    const name = path.basename(root);
    expect(result.stderr).toContain('The site was not built:\n\n3 problems to fix (file:line  field  expected  found):');
    expect(result.stderr).toContain(`${name}/en/zero.mdx:1  file  expected a real file or folder saved in content/, not a shortcut`);
    expect(result.stderr).toContain(`${name}/es/tuberia.mdx:1  file  expected only text files and images in content/`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).not.toContain('Checking the content');
    expect(fs.readdirSync(dist)).toEqual([]);
  });

  it("the build's fingerprint notices a shortcut, never reading through it", () => {
    const {root} = hostileFolder();
    const script = `import {fingerprint} from './site/build.mjs'; console.log(fingerprint());`;
    const run = () =>
      spawnSync(process.execPath, ['--input-type=module', '-e', script], {env: {...process.env, CONTENT_DIR: root}, encoding: 'utf8', timeout: 60_000});
    const first = run();
    expect(first.error).toBeUndefined();
    expect(first.stdout.trim()).toMatch(/^[0-9a-f]{64}$/);
    // Pointing the shortcut elsewhere changes the fingerprint: a build then runs (and the check stops it).
    fs.rmSync(path.join(root, 'en', 'zero.mdx'));
    fs.symlinkSync('/dev/urandom', path.join(root, 'en', 'zero.mdx'));
    expect(run().stdout.trim()).not.toBe(first.stdout.trim());
  });
});

describe('text nested thousands of levels deep', () => {
  const callouts = (n: number) => '<Callout kind="info" title="Aviso">\n\n'.repeat(n) + 'Texto.\n\n' + '</Callout>\n\n'.repeat(n);
  const boxesMessage = {
    field: 'text',
    expected: `at most ${MAX_BOXES} boxes inside each other: close each box (</Callout>) before the next one starts, or use fewer boxes`,
    found: `more than ${MAX_BOXES} boxes (or tags) inside each other, from here`
  };
  const levelsMessage = 'at most 10 levels of quotes and lists: use fewer levels, or split the list into shorter lists with a heading each';

  /** The Spanish help page's text replaced by `text` (starting on line 10). */
  function timedCheck(text: string) {
    const {root} = withHelpText('content-deep-', text);
    const started = performance.now();
    const problems = problemsOf(root);
    return {problems, ms: performance.now() - started};
  }

  // 10,000 boxes fit in a file under the 200 KB limit only when written short.
  const box = (n: number) => (n > 3000 ? ['<Stats>', '</Stats>'] : ['<Callout kind="info" title="Aviso">', '</Callout>']);

  it.each([3000, 10000])('reports %i boxes inside each other at the line of the eleventh, quickly', (n) => {
    const [open, close] = box(n);
    const text = `\nTexto.\n\n${`${open}\n\n`.repeat(n)}Texto.\n\n${`${close}\n\n`.repeat(n)}`;
    expect(text.length).toBeLessThan(200 * 1024);
    const {problems, ms} = timedCheck(text);
    // Line 10 is empty, 11 the text, 12 empty; the eleventh box opens on 13 + 2 x 10.
    expect(problems).toEqual([{file: 'es/ayuda.mdx', line: 33, ...boxesMessage}]);
    expect(ms).toBeLessThan(3000);
  });

  it.each([3000, 10000])('reports %i boxes inside each other on one line', (n) => {
    const [open, close] = n > 3000 ? ['<Callout>', '</Callout>'] : box(n);
    const text = `\n${open.repeat(n)}Texto.${close.repeat(n)}\n`;
    expect(text.length).toBeLessThan(200 * 1024);
    const {problems, ms} = timedCheck(text);
    expect(problems).toEqual([{file: 'es/ayuda.mdx', line: 11, ...boxesMessage}]);
    expect(ms).toBeLessThan(3000);
  });

  it.each([3000, 10000])('reports quotes (> > > …) and lists %i levels deep', (n) => {
    const quotes = timedCheck(`\n${'> '.repeat(n)}Texto.\n`);
    expect(quotes.problems).toMatchObject([{file: 'es/ayuda.mdx', line: 11, expected: levelsMessage}]);
    const quoteLines = timedCheck(`\n${Array.from({length: 40}, (_, i) => `${'> '.repeat(i + 1)}uno`).join('\n')}\n${'>'.repeat(n)} fin\n`);
    expect(quoteLines.problems).toMatchObject([{line: 21, expected: levelsMessage}]);
    const lists = timedCheck(`\n${Array.from({length: 40}, (_, i) => `${'  '.repeat(i)}- uno`).join('\n')}\n${'- '.repeat(n)}fin\n`);
    expect(lists.problems).toMatchObject([{line: 21, expected: levelsMessage}]);
    for (const {ms} of [quotes, quoteLines, lists]) expect(ms).toBeLessThan(3000);
  });

  it.each([3000, 10000])('reports %i braces, struck-through words or HTML tags inside each other', (n) => {
    const braces = timedCheck(`\n${'{'.repeat(n)}${'}'.repeat(n)}\n`);
    expect(braces.problems).toEqual([
      {
        file: 'es/ayuda.mdx',
        line: 11,
        field: 'text',
        expected: '\\{ and \\} to show braces, or no braces (braces are not shown as text)',
        found: `more than ${MAX_BOXES} braces { inside each other, from here`
      }
    ]);
    const struck = timedCheck(`\n${'~~a '.repeat(n)}x${' b~~'.repeat(n)}\n`);
    expect(struck.problems).toMatchObject([{line: 11, found: 'more than 300 signs * _ ~ [ ] in the paragraph that starts here'}]);
    const tags = timedCheck(`\n${'<b>'.repeat(n)}x${'</b>'.repeat(n)}\n`);
    expect(tags.problems).toEqual([{file: 'es/ayuda.mdx', line: 11, ...boxesMessage}]);
    for (const {ms} of [braces, struck, tags]) expect(ms).toBeLessThan(3000);
  });

  it('accepts ten boxes inside each other, boxes one after another, and signs that are not boxes', () => {
    expect(timedCheck(`\n${callouts(MAX_BOXES)}`).problems).toEqual([]);
    const flat = '<Hotline id="crisis" />\n\n'.repeat(50) + '<Callout kind="info" title="Aviso">\n\nTexto.\n\n</Callout>\n\n'.repeat(50);
    expect(timedCheck(`\n${flat}`).problems).toEqual([]);
    const signs =
      'Para menos de \\<18 años: a \\< b.\n\n' +
      '`<Callout>` en código.\n\n```\n' +
      '<Callout>\n'.repeat(20) +
      '```\n\n' +
      '<Callout kind="info" title="Dice <<<<<<<<<<<< aquí">\n\nTexto.\n\n</Callout>\n';
    expect(timedCheck(`\n${signs}`).problems).toEqual([]);
  });

  it('an address written <https://…> many times gets its own message, not the one about boxes', () => {
    const {problems} = timedCheck(`\n${'Mira <https://example.org>.\n\n'.repeat(12)}`);
    expect(problems).toMatchObject([{line: 11, found: '<https://example.org>'}]);
  });

  it('the build stops on it with the plain message, before next build, without a stack trace', () => {
    const {root} = withHelpText('content-deep-', `\nTexto.\n\n${callouts(3000)}`);
    const dist = tempDir('dist-');
    const result = spawnSync(process.execPath, ['site/build.mjs'], {
      env: {...process.env, CONTENT_DIR: root, SITE_DIST: path.join(dist, 'dist'), SITE_URL: 'https://salida-segura.example'},
      encoding: 'utf8',
      timeout: 120_000
    });
    expect(result.error).toBeUndefined(); // not killed by the time limit
    expect(result.status).toBe(1);
    const name = path.basename(root);
    expect(result.stdout).toContain('Checking the content');
    expect(result.stderr).toContain('The site was not built');
    expect(result.stderr).toContain(`${name}/es/ayuda.mdx:33  text  expected ${boxesMessage.expected}  found ${boxesMessage.found}`);
    expect(result.stderr).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
    expect(result.stdout).not.toContain('Building the pages');
    expect(fs.readdirSync(dist)).toEqual([]);
  });

});

describe('the staff guide explains each of these messages', () => {
  const guide = fs.readFileSync('content/README.md', 'utf8');
  /** The start of each message as the guide's table quotes it: | `expected …` | or | `found …` |. */
  const quoted = [...guide.matchAll(/^\| `((?:expected|found) [^`]+)`/gm)].map((m) => m[1].replace(/…$/, ''));
  const explained = (message: string) => quoted.some((start) => message.startsWith(start));

  it.each([
    ['a shortcut', `expected ${notPlainIssue('link', '/x').expected}`],
    ['a named pipe', `expected ${notPlainIssue('pipe').expected}`],
    ['a device', `expected ${notPlainIssue('device').expected}`]
  ])('%s', (_, message) => expect(explained(message), message).toBe(true));

  it('every message of the fixtures above', () => {
    const messages = [
      ...problemsOf(withImage('mapa.webp', webpOfOneColour(16383, 16383)).root),
      ...problemsOf(withHelpText('content-guide-', `\n${'<Stats>'.repeat(20)}\n`).root),
      ...problemsOf(withHelpText('content-guide-', `\n${'{'.repeat(20)}\n`).root),
      ...problemsOf(withHelpText('content-guide-', `\n${'~~a '.repeat(400)}\n`).root)
    ];
    const {root} = withHelpText('content-guide-', '\nTexto.\n\n![Un mapa de la ciudad](images/mapa.webp)\n');
    fs.mkdirSync(path.join(root, 'images'));
    fs.symlinkSync('/dev/null', path.join(root, 'images', 'mapa.webp'));
    messages.push(...problemsOf(root));
    expect(messages).toHaveLength(6);
    for (const p of messages) expect(explained(`expected ${p.expected}`) || explained(`found ${p.found}`), p.expected).toBe(true);
  });
});
