import {defineRouting} from 'next-intl/routing';
import languages from './locales.cjs';

// Every URL carries its locale (/es/..., /en/...). The list itself is in ./locales.cjs.
export const routing = defineRouting({
  locales: languages.locales,
  defaultLocale: languages.defaultLocale,
  localePrefix: 'always',
  // A remembered language would be a trace on the device: never write a cookie.
  localeCookie: false,
  // Metadata carries hreflang (pages have different slugs per language).
  alternateLinks: false
});

export type Locale = (typeof routing.locales)[number];

export function otherLocale(locale: Locale): Locale {
  return locale === 'es' ? 'en' : 'es';
}

/** Each language's name in English, for the messages of the content tools (written in English). */
export const languageName: Record<Locale, string> = {es: 'Spanish', en: 'English'};
