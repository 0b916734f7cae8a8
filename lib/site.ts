import type {Locale} from '@/i18n/routing';
import {validateExitUrl} from './exit-destination';

/** Site-wide facts. Everything that shows them reads them from here. */
export const site = {
  name: {es: 'Salida Segura', en: 'Safe Exit'} satisfies Record<Locale, string>,
  /** Public origin, used for canonical URLs, share images, sitemap and feeds. */
  url: publicUrl(process.env.SITE_URL ?? 'http://localhost:3000'),
  /**
   * Where the quick exit goes: a fast, neutral page that shows nothing personal
   * (not a search page, which can show a signed-in user's history).
   */
  exitUrl: {
    es: validateExitUrl(process.env.EXIT_URL_ES ?? 'https://weather.com/', 'EXIT_URL_ES'),
    en: validateExitUrl(process.env.EXIT_URL_EN ?? 'https://weather.com/', 'EXIT_URL_EN')
  } satisfies Record<Locale, string>
};

function publicUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, not "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// (or http:// for local use), not "${raw}"`);
  }
  return url.origin;
}
