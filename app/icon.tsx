import {ImageResponse} from 'next/og';
import {SiteMark} from '@/lib/site-mark';

// The tab icon, drawn once at build time as a PNG. Not an SVG: a phone opens an SVG icon as a
// small document of its own, 12-25 ms of main-thread work right after load (README, Performance);
// a PNG this size decodes in about a millisecond. 32 px (531 bytes) is a tab's 16 px at two device
// pixels a point; 48 px would cost 263 bytes more on every first visit.
export const size = {width: 32, height: 32};
export const contentType = 'image/png';
export const dynamic = 'force-static';

export default function Icon() {
  return new ImageResponse(<SiteMark size={size.width} />, size);
}
