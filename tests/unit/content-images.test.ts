import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {formatProblems} from '@/lib/content';
import {loadContent} from '@/lib/content/load';
import {servedImage} from '@/lib/content/images';
import {ContentImage} from '@/components/mdx/ContentImage';
import {postExport} from '@/site/postexport.mjs';
import {createSiteHandler} from '@/site/serve.mjs';
import {fileHeaders} from '@/site/headers.mjs';
import {contentFolder} from './content-fixture';

/**
 * Images in the text: ![Description](images/name.jpg), the file in content/images/. Each mistake gives
 * one message with file and line, as content:check prints it; the page shows the published copy with
 * its width and height; the built site serves it with its type, cached for good.
 */

/** A real PNG of width x height (8-bit RGB, stored without compression so its size is known); pad adds a text chunk of that many bytes. */
function png(width: number, height: number, pad = 0): Buffer {
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
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const pixels = Buffer.alloc(height * (1 + width * 3), 0x99); // each row: filter byte, then pixels
  for (let row = 0; row < height; row++) pixels[row * (1 + width * 3)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(pad ? [chunk('tEXt', Buffer.concat([Buffer.from('Comment\0'), Buffer.alloc(pad - 8, 0x61)]))] : []),
    chunk('IDAT', zlib.deflateSync(pixels, {level: 0})),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

/** A real 3 x 2 JPEG (made once with sharp, quality 50). */
const jpeg = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAMDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABAb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCeAGpH/9k=',
  'base64'
);
/** A real 3 x 2 WebP (made once with sharp). */
const webp = Buffer.from('UklGRjQAAABXRUJQVlA4ICgAAACQAQCdASoDAAIAAsBMJaACdLoAA5gA/ujXHrz1McX/5mj9JvpN3MAA', 'base64');

/**
 * The JPEG with EXIF data as a phone writes it: an orientation (6: stored turned a quarter, as a
 * portrait photo), and with `located` a GPS directory holding a latitude.
 */
function withExif(image: Buffer, {orientation = 1, located = false} = {}): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4);
  tiff.write('II*\0', 0, 'latin1');
  tiff.writeUInt32LE(8, 4); // the first directory follows the header
  const entry = (at: number, tag: number, type: number, value: number) => {
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(type, at + 2);
    tiff.writeUInt32LE(1, at + 4);
    if (type === 3) tiff.writeUInt16LE(value, at + 8);
    else tiff.writeUInt32LE(value, at + 8);
  };
  tiff.writeUInt16LE(2, 8);
  entry(10, 0x0112, 3, orientation); // Orientation, a SHORT
  entry(22, located ? 0x8825 : 0x0131, 4, 38); // the GPS directory at 38, or a harmless tag
  tiff.writeUInt16LE(1, 38);
  entry(40, 0x0002, 5, 0); // GPSLatitude (its value is not read)
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, 2 + 6 + tiff.length]), Buffer.from('Exif\0\0', 'latin1'), tiff]);
  return Buffer.concat([image.subarray(0, 2), app1, image.subarray(2)]);
}

const hashOf = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 10);

/**
 * The four core pages in both languages, with `es` added to the text of content/es/ayuda.mdx (its
 * line 13) and `en` to content/en/get-help.mdx, and these files in content/images/. Returns what
 * content:check prints, with the folder named content/.
 */
function check({es, en}: {es?: string; en?: string}, images: Record<string, Uint8Array> = {}): string {
  const {root} = contentFolder('images-');
  for (const [name, bytes] of Object.entries(images)) {
    fs.mkdirSync(path.join(root, 'images'), {recursive: true});
    fs.writeFileSync(path.join(root, 'images', name), bytes);
  }
  if (es) fs.appendFileSync(path.join(root, 'es', 'ayuda.mdx'), `\n${es}\n`);
  if (en) fs.appendFileSync(path.join(root, 'en', 'get-help.mdx'), `\n${en}\n`);
  const {problems} = loadContent({root, includeDrafts: false});
  return formatProblems(problems).replaceAll(`${path.basename(root)}/`, 'content/');
}

describe('images in the text: the check', () => {
  it('accepts a JPEG, a PNG and a WebP in content/images/ with a description, in both languages', () => {
    const images = {'llamada.jpg': jpeg, 'mapa-de-ayuda.png': png(3, 2), 'folleto.webp': webp};
    expect(
      check(
        {
          es: '![Una mujer habla por teléfono](images/llamada.jpg)\n\n![Un mapa](images/mapa-de-ayuda.png)',
          en: 'Text with ![a leaflet](images/folleto.webp "The leaflet") inside.'
        },
        images
      )
    ).toBe('');
  });

  it('asks for a description in Spanish on a Spanish page, in English on an English page', () => {
    const images = {'llamada.jpg': jpeg};
    expect(check({es: '![](images/llamada.jpg)', en: 'Intro.\n\n![ ](images/llamada.jpg)'}, images)).toBe(
      [
        'content/en/get-help.mdx:15  image  expected a short description of the image in English between the square brackets, ' +
          'like ![A woman talks on the phone](images/llamada.jpg): people who cannot see the image hear or read it instead  ' +
          'found ![](images/llamada.jpg), with no description',
        'content/es/ayuda.mdx:13  image  expected a short description of the image in Spanish between the square brackets, ' +
          'like ![Una mujer habla por teléfono](images/llamada.jpg): people who cannot see the image hear or read it instead  ' +
          'found ![](images/llamada.jpg), with no description'
      ].join('\n')
    );
  });

  it('names the nearest image in the folder when the file is not there', () => {
    expect(check({es: '![Un teléfono](images/llamda.jpg)'}, {'llamada.jpg': jpeg, 'mapa.png': png(3, 2)})).toBe(
      'content/es/ayuda.mdx:13  image  expected an image in content/images/, like images/llamada.jpg (the nearest name there)  ' +
        'found images/llamda.jpg (no such file)'
    );
  });

  it('says to put the file in the folder when no name there is near', () => {
    expect(check({es: '![Un teléfono](images/telefono.jpg)'}, {'mapa.png': png(3, 2)})).toBe(
      'content/es/ayuda.mdx:13  image  expected an image saved in content/images/ with this name (put the file there, or correct the name)  ' +
        'found images/telefono.jpg (no such file)'
    );
    expect(check({es: '![Un teléfono](images/telefono.jpg)'})).toMatch(/ayuda\.mdx:13 {2}image {2}expected an image saved in content\/images\/ with this name/);
  });

  it('says to rename a file whose name differs only in capitals (it would work on some computers only)', () => {
    expect(check({es: '![Un teléfono](images/telefono.jpg)'}, {'Telefono.jpg': jpeg})).toBe(
      'content/es/ayuda.mdx:13  image  expected the same name in the text and in the folder: rename content/images/Telefono.jpg to telefono.jpg  ' +
        'found images/telefono.jpg (the file is named Telefono.jpg)'
    );
  });

  it('accepts an image of exactly 50 KB and refuses a larger one, saying its size and how to shrink it', () => {
    const limit = png(3, 2, 50 * 1024 - png(3, 2).length - 12);
    expect(limit.length).toBe(50 * 1024);
    expect(check({es: '![Un mapa](images/mapa.png)'}, {'mapa.png': limit})).toBe('');
    expect(check({es: '![Una foto](images/foto.png)'}, {'foto.png': png(200, 100)})).toBe(
      'content/es/ayuda.mdx:13  image  expected an image of at most 50 KB: make it at most 800 pixels wide and save it as JPEG or WebP ' +
        'at quality 60 (content/README.md, "Images", says how)  found images/foto.png (59 KB)'
    );
  });

  it('refuses other formats, saying why', () => {
    expect(check({es: '![Un baile](images/baile.gif)\n\n![Un logo](images/logo.svg)\n\n![Una foto](images/foto.heic)\n\n![Un plano](images/plano.bmp)'})).toBe(
      [
        'content/es/ayuda.mdx:13  image  expected a .jpg, .jpeg, .png or .webp image: a GIF is large, and a moving image distracts; save a still image as .png or .jpg  found images/baile.gif',
        'content/es/ayuda.mdx:15  image  expected a .jpg, .jpeg, .png or .webp image: an SVG file can carry code that runs in the page; save it as .png  found images/logo.svg',
        'content/es/ayuda.mdx:17  image  expected a .jpg, .jpeg, .png or .webp image: most browsers cannot show iPhone HEIC photos; save it as .jpg  found images/foto.heic',
        'content/es/ayuda.mdx:19  image  expected a .jpg, .jpeg, .png or .webp image: every browser shows these formats and they are small; save the image as one of them  found images/plano.bmp'
      ].join('\n')
    );
  });

  it('refuses images from other sites, saying that they tell that site who is reading', () => {
    const reason =
      'expected an image saved in content/images/ and written as images/<file name>: loading an image from another site tells that site who is reading this page, and when';
    expect(check({es: '![Un mapa](http://example.org/mapa.jpg)', en: '![A map](https://cdn.example.org/map.png)'})).toBe(
      [
        `content/en/get-help.mdx:13  image  ${reason}  found https://cdn.example.org/map.png`,
        `content/es/ayuda.mdx:13  image  ${reason}  found http://example.org/mapa.jpg`
      ].join('\n')
    );
  });

  it('shows the one way to write where an image is', () => {
    expect(check({es: '![Un mapa](/imagenes/mapa.jpg)\n\n![Un mapa](../images/mapa.jpg)'}, {'mapa.jpg': jpeg})).toBe(
      [
        'content/es/ayuda.mdx:13  image  expected the image written as images/<file name>, like images/mapa.jpg (the file goes in content/images/)  found /imagenes/mapa.jpg',
        'content/es/ayuda.mdx:15  image  expected the image written as images/<file name>, like images/mapa.jpg (the file goes in content/images/)  found ../images/mapa.jpg'
      ].join('\n')
    );
  });

  it('asks for a plain file name', () => {
    expect(check({es: '![Un grupo](images/Grupo_de_Apoyo.JPG)'}, {'Grupo_de_Apoyo.JPG': jpeg})).toBe(
      'content/es/ayuda.mdx:13  image  expected an image file name of lowercase letters, numbers and hyphens, like images/grupo-de-apoyo.jpg ' +
        '(rename the file in content/images/ too)  found images/Grupo_de_Apoyo.JPG'
    );
  });

  it('refuses a file that is not the image its name says', () => {
    expect(check({es: '![Un mapa](images/mapa.jpg)\n\n![Una nota](images/nota.png)'}, {'mapa.jpg': png(3, 2), 'nota.png': Buffer.from('not an image')})).toBe(
      [
        'content/es/ayuda.mdx:13  image  expected a real .jpg image: open it in a photo editor and save it again as JPG  found images/mapa.jpg (the file is a PNG image with a .jpg name)',
        'content/es/ayuda.mdx:15  image  expected an image that opens in a photo viewer: open it in a photo editor and save it again  found images/nota.png (not a readable image)'
      ].join('\n')
    );
  });

  it('refuses a photo that records where it was taken, and accepts one that does not', () => {
    expect(check({es: '![Una oficina](images/oficina.jpg)'}, {'oficina.jpg': withExif(jpeg, {located: true})})).toBe(
      'content/es/ayuda.mdx:13  image  expected a photo that does not record where it was taken: remove its location (Windows: right-click the file, ' +
        'Properties, Details, "Remove Properties and Personal Information"; Mac: open it in Preview, Tools, Show Inspector, "Remove Location Info")  ' +
        'found images/oficina.jpg (it records the GPS location where it was taken)'
    );
    expect(check({es: '![Una oficina](images/oficina.jpg)'}, {'oficina.jpg': withExif(jpeg, {orientation: 6})})).toBe('');
  });

  it('reports a missing description and a missing file of the same image, each once', () => {
    expect(check({es: '![](images/nada.jpg)'})).toBe(
      [
        'content/es/ayuda.mdx:13  image  expected a short description of the image in Spanish between the square brackets, like ![Una mujer habla por teléfono](images/nada.jpg): people who cannot see the image hear or read it instead  found ![](images/nada.jpg), with no description',
        'content/es/ayuda.mdx:13  image  expected an image saved in content/images/ with this name (put the file there, or correct the name)  found images/nada.jpg (no such file)'
      ].join('\n')
    );
  });
});

describe('images in the text: the page', () => {
  let contentDir: string;
  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(contentDir, {recursive: true, force: true});
  });
  const withImages = (images: Record<string, Uint8Array>) => {
    contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'images-page-'));
    fs.mkdirSync(path.join(contentDir, 'images'));
    for (const [name, bytes] of Object.entries(images)) fs.writeFileSync(path.join(contentDir, 'images', name), bytes);
    vi.stubEnv('CONTENT_DIR', contentDir);
  };

  it('renders the published copy with its width and height, loaded lazily, with its description', () => {
    withImages({'llamada.jpg': jpeg});
    expect(renderToStaticMarkup(createElement(ContentImage, {src: 'images/llamada.jpg', alt: 'Una mujer habla por teléfono'}))).toBe(
      `<img class="content-image" src="/media/llamada.${hashOf(jpeg)}.jpg" alt="Una mujer habla por teléfono" width="3" height="2" loading="lazy" decoding="async"/>`
    );
  });

  it('gives a phone photo stored on its side the width and height it is shown with', () => {
    withImages({'retrato.jpg': withExif(jpeg, {orientation: 6})});
    expect(servedImage('images/retrato.jpg')).toMatchObject({width: 2, height: 3});
  });

  it('shows the image itself in the preview, which has no /media/ files', () => {
    withImages({'mapa.png': png(3, 2)});
    vi.stubEnv('NODE_ENV', 'development');
    expect(servedImage('images/mapa.png')).toEqual({src: `data:image/png;base64,${png(3, 2).toString('base64')}`, width: 3, height: 2});
  });

  it('renders nothing for an image the check refuses', () => {
    withImages({});
    expect(renderToStaticMarkup(createElement(ContentImage, {src: 'https://example.org/a.jpg', alt: 'x'}))).toBe('');
    expect(renderToStaticMarkup(createElement(ContentImage, {src: 'images/missing.jpg', alt: 'x'}))).toBe('');
  });
});

describe('images in the text: the built site', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));
  const tempDir = (prefix: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="es"><head><meta charSet="utf-8"/></head><body><main>${body}</main></body></html>`;

  /** A static export whose page shows `src`, and a content folder holding `images`. */
  function exported(src: string, images: Record<string, Uint8Array>) {
    const from = tempDir('export-');
    fs.writeFileSync(path.join(from, 'es.html'), page(`<p><img class="content-image" src="${src}" alt="Un mapa" width="3" height="2" loading="lazy"/></p>`));
    fs.writeFileSync(path.join(from, '404.html'), page('<p>No encontramos esta página.</p>'.repeat(20)));
    const contentDir = tempDir('content-');
    fs.mkdirSync(path.join(contentDir, 'images'));
    for (const [name, bytes] of Object.entries(images)) fs.writeFileSync(path.join(contentDir, 'images', name), bytes);
    return {from, contentDir, to: tempDir('site-')};
  }

  it('publishes the images the pages show and serves them with status 200, their type and a year of caching', async () => {
    const image = png(3, 2);
    const served = `/media/mapa.${hashOf(image)}.png`;
    const {from, contentDir, to} = exported(served, {'mapa.png': image, 'sin-usar.png': png(4, 4)});
    await postExport({from, to, servedFrom: to, contentDir});
    expect(fs.readdirSync(path.join(to, 'site', 'media'))).toEqual([path.basename(served)]); // not the unused image
    expect(JSON.parse(fs.readFileSync(path.join(to, 'headers.json'), 'utf8')).files).toContain(served);
    expect(fs.readFileSync(path.join(to, 'site', '_headers'), 'utf8')).toContain('/media/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable');
    expect(fs.readFileSync(path.join(to, 'nginx.conf'), 'utf8')).toContain('"~^/media/" "public, max-age=31536000, immutable";');

    const server = http.createServer(createSiteHandler(to));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const {port} = server.address() as {port: number};
      const response = await fetch(`http://127.0.0.1:${port}${served}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-security-policy')).toMatch(/img-src 'self' data:;/);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(image);
    } finally {
      server.close();
    }
  });

  it('gives every image format its type', () => {
    expect(fileHeaders('/media/a.0123456789.jpg')['Content-Type']).toBe('image/jpeg');
    expect(fileHeaders('/media/a.0123456789.jpeg')['Content-Type']).toBe('image/jpeg');
    expect(fileHeaders('/media/a.0123456789.webp')['Content-Type']).toBe('image/webp');
  });

  it('stops when a page shows an image that is not in the folder, or one that changed during the build', async () => {
    const image = png(3, 2);
    const missing = exported(`/media/mapa.${hashOf(image)}.png`, {});
    await expect(postExport({...missing, servedFrom: missing.to})).rejects.toThrow(/a page shows the image \/media\/mapa\.[0-9a-f]{10}\.png, which is not in .*images/);
    const changed = exported(`/media/mapa.${hashOf(image)}.png`, {'mapa.png': png(4, 4)});
    await expect(postExport({...changed, servedFrom: changed.to})).rejects.toThrow(/mapa\.png changed while the site was built; build again/);
  });
});
