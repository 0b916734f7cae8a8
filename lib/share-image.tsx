import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {ImageResponse} from 'next/og';
import type {Locale} from '@/i18n/routing';
import {site} from './site';

/**
 * Share images (Open Graph), made at build time for every page in its own language.
 * Calm and plain: site name, a section label and the page title, nothing more.
 * Fonts are files in the repository (Atkinson Hyperlegible, Latin subset with
 * every Spanish letter), so the build never fetches a font.
 */

export const shareImageSize = {width: 1200, height: 630};
export const shareImageType = 'image/png';

const fontDir = path.join(process.cwd(), 'assets', 'fonts');
const fonts = Promise.all([
  readFile(path.join(fontDir, 'atkinson-hyperlegible-latin-400-normal.woff')),
  readFile(path.join(fontDir, 'atkinson-hyperlegible-latin-700-normal.woff'))
]);

export async function renderShareImage({locale, title, label}: {locale: Locale; title: string; label: string}) {
  const [regular, bold] = await fonts;
  const size = title.length > 70 ? 60 : title.length > 40 ? 68 : 80;
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: '#f3f6f6',
          borderTop: '24px solid #00585c',
          color: '#1b1b1b',
          fontFamily: 'Atkinson Hyperlegible'
        }}
      >
        <div style={{display: 'flex', fontSize: 34, color: '#00585c', fontWeight: 700}}>{label}</div>
        <div style={{display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.15}}>{title}</div>
        <div style={{display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#4a4a4a'}}>
          <span>{site.name[locale]}</span>
          <span>{locale === 'es' ? 'Español' : 'English'}</span>
        </div>
      </div>
    ),
    {
      ...shareImageSize,
      fonts: [
        {name: 'Atkinson Hyperlegible', data: regular, weight: 400, style: 'normal'},
        {name: 'Atkinson Hyperlegible', data: bold, weight: 700, style: 'normal'}
      ]
    }
  );
}
