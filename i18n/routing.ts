import {defineRouting} from 'next-intl/routing';

// The one list of locales. Every URL carries its locale (/es/..., /en/...).
export const routing = defineRouting({
  locales: ['es', 'en'],
  defaultLocale: 'es',
  localePrefix: 'always',
  // A remembered language would be a trace on the device: never write a cookie.
  localeCookie: false,
  // Pages have different slugs per language, so next-intl's own hreflang Link
  // header would point at pages that do not exist; metadata carries hreflang instead.
  alternateLinks: false
});

export type Locale = (typeof routing.locales)[number];

export function otherLocale(locale: Locale): Locale {
  return locale === 'es' ? 'en' : 'es';
}
