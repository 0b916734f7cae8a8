import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {ImageResponse} from 'next/og';
import type {Locale} from '@/i18n/routing';
import {site} from './site';
import {SiteMark} from './site-mark';

/**
 * Share images (Open Graph), made at build time for every page in its own language.
 *
 * - A page's own image: the section label, the title and the site name, all inside the centre
 *   630 × 630 square, so a chat app's square crop keeps the whole title; large type, so it still
 *   reads as a thumbnail. The sides are a plain band of the site's colour.
 * - The discreet image (one per language, for /es/i/<code>): the site's mark and "Información y
 *   apoyo", nothing about the topic, in soft colours.
 *
 * Fonts are files in the repository (Atkinson Hyperlegible, Latin subset with every Spanish
 * letter), so the build never fetches a font.
 */

export const shareImageSize = {width: 1200, height: 630};
export const shareImageType = 'image/png';

/** The square a chat app keeps when it crops the image to a square. */
const SQUARE = shareImageSize.height;
/** Width the text may use inside that square. */
const TEXT_WIDTH = SQUARE - 80;
/** Height left for the title between the label and the site name. */
const TITLE_HEIGHT = 380;

const fontDir = path.join(process.cwd(), 'assets', 'fonts');
const fonts = Promise.all([
  readFile(path.join(fontDir, 'atkinson-hyperlegible-latin-400-normal.woff')),
  readFile(path.join(fontDir, 'atkinson-hyperlegible-latin-700-normal.woff'))
]);

async function render(node: React.ReactElement) {
  const [regular, bold] = await fonts;
  return new ImageResponse(node, {
    ...shareImageSize,
    fonts: [
      {name: 'Atkinson Hyperlegible', data: regular, weight: 400, style: 'normal'},
      {name: 'Atkinson Hyperlegible', data: bold, weight: 700, style: 'normal'}
    ]
  });
}

/**
 * The largest type (84 px down to 44 px) at which the title fits the square: every word within
 * the width, and all the lines within the height left by the label and the site name. Widths are
 * estimated at 0.6 em a letter (Atkinson Hyperlegible Bold averages a little less).
 */
export function titleSize(title: string): number {
  const words = title.split(/\s+/).filter(Boolean);
  for (let size = 84; size > 44; size -= 2) {
    const perLine = Math.floor(TEXT_WIDTH / (size * 0.6));
    if (words.some((w) => w.length > perLine)) continue;
    let lines = 1;
    let used = 0;
    for (const w of words) {
      if (used && used + 1 + w.length > perLine) {
        lines++;
        used = w.length;
      } else used += (used ? 1 : 0) + w.length;
    }
    if (lines * size * 1.12 <= TITLE_HEIGHT) return size;
  }
  return 44;
}

export async function renderShareImage({locale, title, label}: {locale: Locale; title: string; label: string}) {
  return render(
    <div style={{width: '100%', height: '100%', display: 'flex', justifyContent: 'center', background: '#00585c'}}>
      <div
        style={{
          width: SQUARE,
          height: SQUARE,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '44px 40px',
          background: '#ffffff',
          color: '#1b1b1b',
          fontFamily: 'Atkinson Hyperlegible'
        }}
      >
        <div style={{display: 'flex', fontSize: 36, color: '#00585c', fontWeight: 700}}>{label}</div>
        <div style={{display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.12}}>{title}</div>
        <div style={{display: 'flex', alignItems: 'center', gap: 16, fontSize: 32, color: '#3d3d3d'}}>
          <SiteMark size={44} />
          <span>{site.name[locale]}</span>
        </div>
      </div>
    </div>
  );
}

export async function renderDiscreetImage({title}: {title: string}) {
  return render(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 40,
        background: '#eef3f2',
        color: '#2f3b3b',
        fontFamily: 'Atkinson Hyperlegible'
      }}
    >
      <SiteMark size={140} />
      <div style={{display: 'flex', fontSize: 60, fontWeight: 400}}>{title}</div>
    </div>
  );
}
