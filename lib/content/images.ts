import fs from 'node:fs';
import path from 'node:path';
import {closest, distance} from 'fastest-levenshtein';
import {imageSize} from 'image-size';
import {languageName, type Locale} from '@/i18n/routing';
import {mediaName, mediaPrefix} from '@/site/media.mjs';
import {entryKind, kindInWords, readPlainFile} from '@/site/plain-files.mjs';
import type {BodyIssue} from './mdx-body';
import {contentRoot as defaultContentRoot, isPreview} from './settings';

/**
 * Images in the text. The files live in one folder for both languages, content/images/, and the
 * text writes them in one way only: ![What the image shows, in the page's language](images/name.jpg).
 * checkImages() reports every mistake for content:check; servedImage() gives the pages the address,
 * width and height of each image. The build publishes the images under /media/ (site/postexport.mjs).
 */

export const imageFolder = 'images';
/** 50 KB as a computer shows it (1 KB = 1024 bytes): a photo this size loads fast on a weak phone signal. */
export const maxImageBytes = 50 * 1024;
/**
 * Pixels, whatever the bytes: a browser holds every pixel of an image it shows in memory, 4 bytes
 * each, so a 10 KB WebP of one colour at 16,383 x 16,383 pixels takes a phone's browser from
 * 757 MB to 2 GB. The widest a page shows an image is its text column, 36rem (576 CSS pixels), 1,728
 * pixels on a phone with a 3x screen: 2,000 x 2,000 (4 megapixels, 16 MB in memory) is as sharp as
 * any phone can show it. A side longer than 4,000 pixels is a strip too thin to see on a page.
 * Measured in Debian's Chromium (one such WebP on a page, all its processes' memory, 2026-12-04):
 * 2,000 x 2,000 adds about 30 MB, 4,000 x 4,000 about 90 MB, 16,383 x 16,383 about 1.6 GB.
 */
export const maxImageSide = 4000;
export const maxImagePixels = 4_000_000;

/** An image as the text writes it. */
export type ImageRef = {src: string; alt: string; line: number};

const contentTypes: Record<string, string> = {'.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp'};
/** What image-size calls each format we accept. */
const detectedTypes: Record<string, string> = {'.jpg': 'jpg', '.jpeg': 'jpg', '.png': 'png', '.webp': 'webp'};
const allowedList = '.jpg, .jpeg, .png or .webp';
/** Why other formats are refused, for the ones people meet most. */
const refusedBecause: Record<string, string> = {
  '.gif': 'a GIF is large, and a moving image distracts; save a still image as .png or .jpg',
  '.svg': 'an SVG file can carry code that runs in the page; save it as .png',
  '.heic': 'most browsers cannot show iPhone HEIC photos; save it as .jpg',
  '.heif': 'most browsers cannot show HEIF photos; save it as .jpg',
  '.avif': 'older phones cannot show AVIF images; save it as .webp or .jpg'
};
const otherFormats = 'every browser shows these formats and they are small; save the image as one of them';

const altExample = {es: 'Una mujer habla por teléfono', en: 'A woman talks on the phone'} satisfies Record<Locale, string>;

const writtenForm = /^images\/([^/\\]+)$/;
const fromAnotherSite = /^(https?:)?\/\//i;
const goodName = /^[a-z0-9]+(-[a-z0-9]+)*\.(jpg|jpeg|png|webp)$/;

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** Every problem of the images one file's text uses. contentRoot: the folder holding es/, en/ and images/. */
export function checkImages(images: ImageRef[], locale: Locale, contentRoot: string): BodyIssue[] {
  const folder = path.join(contentRoot, imageFolder);
  // A shortcut to a folder is not followed (the content check reports it): no image is found in it.
  const files = entryKind(folder) === 'folder' ? fs.readdirSync(folder).filter((name) => !name.startsWith('.')) : [];
  const issues: BodyIssue[] = [];
  for (const image of images) {
    const add = ([expected, found]: [string, string]) => issues.push({line: image.line, field: 'image', expected, found});
    if (!image.alt.trim()) {
      const example = writtenForm.test(image.src) ? image.src : 'images/llamada.jpg';
      add([
        `a short description of the image in ${languageName[locale]} between the square brackets, like ` +
          `![${altExample[locale]}](${example}): people who cannot see the image hear or read it instead`,
        `![](${short(image.src)}), with no description`
      ]);
    }
    const problem = fileProblem(image.src, folder, files);
    if (problem) add(problem);
  }
  return issues;
}

/** What is wrong with the image a src points at, as [expected, found], or null. */
function fileProblem(src: string, folder: string, files: string[]): [string, string] | null {
  if (fromAnotherSite.test(src)) {
    return [
      'an image saved in content/images/ and written as images/<file name>: loading an image from another ' +
        'site tells that site who is reading this page, and when',
      short(src)
    ];
  }
  const name = writtenForm.exec(src)?.[1];
  if (!name) {
    const guess = src.split(/[/\\]/).pop() || 'foto.jpg';
    return [`the image written as images/<file name>, like images/${short(guess)} (the file goes in content/images/)`, short(src)];
  }
  const extension = path.extname(name).toLowerCase();
  if (!contentTypes[extension]) {
    return [`a ${allowedList} image: ${refusedBecause[extension] ?? otherFormats}`, short(src)];
  }
  if (!goodName.test(name)) {
    return [
      'an image file name of lowercase letters, numbers and hyphens, like images/grupo-de-apoyo.jpg ' +
        '(rename the file in content/images/ too)',
      short(src)
    ];
  }
  if (!files.includes(name)) {
    const sameButCase = files.find((file) => file.toLowerCase() === name);
    if (sameButCase) {
      return [`the same name in the text and in the folder: rename content/images/${sameButCase} to ${name}`, `${src} (the file is named ${sameButCase})`];
    }
    const nearest = files.length ? closest(name, files) : undefined;
    return nearest && distance(name, nearest) <= Math.ceil(name.length / 2)
      ? [`an image in content/images/, like images/${nearest} (the nearest name there)`, `${src} (no such file)`]
      : ['an image saved in content/images/ with this name (put the file there, or correct the name)', `${src} (no such file)`];
  }
  // Opened without following a shortcut or waiting on a pipe; the size is known before reading.
  const read = readPlainFile(path.join(folder, name), maxImageBytes);
  if ('kind' in read) {
    return [
      `the image file itself in content/images/, not a shortcut or a special file: put a copy of the image there as ${name}`,
      `${src} (content/images/${name} is ${kindInWords[read.kind]})`
    ];
  }
  if ('size' in read) {
    return [
      'an image of at most 50 KB: make it at most 800 pixels wide and save it as JPEG or WebP at quality 60 ' +
        '(content/README.md, "Images", says how)',
      `${src} (${kilobytes(read.size)})`
    ];
  }
  const bytes = read.bytes;
  const size = dimensions(bytes);
  if (!size) {
    return ['an image that opens in a photo viewer: open it in a photo editor and save it again', `${src} (not a readable image)`];
  }
  if (size.width > maxImageSide || size.height > maxImageSide || size.width * size.height > maxImagePixels) {
    return [
      `an image of at most ${maxImageSide.toLocaleString('en-US')} pixels a side and ${maxImagePixels / 1_000_000} megapixels ` +
        '(like 2,000 x 2,000): make it at most 800 pixels wide (content/README.md, "Images", says how); a phone keeps every pixel ' +
        'of an image in its memory, however small the file',
      `${src} (${size.width.toLocaleString('en-US')} x ${size.height.toLocaleString('en-US')} pixels)`
    ];
  }
  if (size.type === 'jpg' && recordsLocation(bytes)) {
    return [
      'a photo that does not record where it was taken: remove its location (Windows: right-click the file, Properties, ' +
        'Details, "Remove Properties and Personal Information"; Mac: open it in Preview, Tools, Show Inspector, "Remove Location Info")',
      `${src} (it records the GPS location where it was taken)`
    ];
  }
  if (size.type !== detectedTypes[extension]) {
    return [
      `a real ${extension} image: open it in a photo editor and save it again as ${extension.slice(1).toUpperCase()}`,
      `${src} (the file is a ${size.type.toUpperCase()} image with a ${extension} name)`
    ];
  }
  return null;
}

/**
 * Whether a JPEG records where it was taken: a latitude in the GPS part of its EXIF data, as phones
 * write it. Published as is, a photo of a shelter or an office would tell everyone where it is.
 */
function recordsLocation(bytes: Buffer): boolean {
  let at = 2; // after the start-of-image marker
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    const length = bytes.readUInt16BE(at + 2);
    if (marker === 0xe1 && bytes.toString('latin1', at + 4, at + 10) === 'Exif\0\0') {
      return tiffHasLatitude(bytes.subarray(at + 10, at + 2 + length));
    }
    if (marker === 0xda) return false; // the image data starts: no metadata after it
    at += 2 + length;
  }
  return false;
}

/** EXIF data is a small TIFF file: directories of 12-byte entries; tag 0x8825 points to the GPS directory, whose tag 2 is the latitude. */
function tiffHasLatitude(tiff: Buffer): boolean {
  if (tiff.length < 8) return false;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const tagsIn = (directory: number): Map<number, number> => {
    const tags = new Map<number, number>();
    if (directory + 2 > tiff.length) return tags;
    for (let i = 0, entry = directory + 2; i < u16(directory) && entry + 12 <= tiff.length; i++, entry += 12) {
      tags.set(u16(entry), u32(entry + 8));
    }
    return tags;
  };
  const gps = tagsIn(u32(4)).get(0x8825);
  return gps !== undefined && tagsIn(gps).has(2);
}

/** Width and height as the browser shows the image (a phone photo may be stored turned on its side). */
function dimensions(bytes: Uint8Array): {width: number; height: number; type: string} | null {
  try {
    const {width, height, orientation, type} = imageSize(bytes);
    if (!width || !height || !type) return null;
    // EXIF orientations 5 to 8 turn the picture a quarter: the browser swaps width and height.
    return orientation && orientation >= 5 ? {width: height, height: width, type} : {width, height, type};
  } catch {
    return null;
  }
}

/**
 * The address, width and height a page gives an image of the text (src as the text writes it), or
 * null if there is no such image (the content check reports it). The build serves the image at
 * /media/<name>.<hash>.<ext>; the preview (npm run dev) has no such files, so it shows the bytes themselves.
 */
export function servedImage(src: string, contentRoot = defaultContentRoot()): {src: string; width: number; height: number} | null {
  const name = writtenForm.exec(src)?.[1];
  const contentType = name && contentTypes[path.extname(name).toLowerCase()];
  const file = name && path.join(contentRoot, imageFolder, name);
  if (!name || !contentType || !file) return null;
  // Never through a shortcut or from a pipe (the content check reports those).
  const read = readPlainFile(file, maxImageBytes);
  if (!('bytes' in read)) return null;
  const bytes = read.bytes;
  const size = dimensions(bytes);
  if (!size) return null;
  const address =
    isPreview()
      ? `data:${contentType};base64,${bytes.toString('base64')}`
      : `${mediaPrefix}${mediaName(name, bytes)}`;
  return {src: address, width: size.width, height: size.height};
}
