import {ImageResponse} from 'next/og';
import {SiteMark} from '@/lib/site-mark';

// The tab icon, drawn once at build time as a PNG. Not an SVG: a phone opens an SVG icon as a
// small document of its own, 15-40 ms of main-thread work while the page loads (README, Performance);
// a PNG this size decodes in well under a millisecond. 48 px stays sharp at three device pixels a point.
export const size = {width: 48, height: 48};
export const contentType = 'image/png';
export const dynamic = 'force-static';

export default function Icon() {
  return new ImageResponse(<SiteMark size={size.width} />, size);
}
