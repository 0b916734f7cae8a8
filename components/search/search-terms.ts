import type {Locale} from '@/i18n/routing';

/**
 * Words a reader may type for a page whose text does not use them (the review of 2026-12-04: a
 * teenager types "menor de edad" or "minor", not "menos de 18"). Put in the page's indexed text
 * inside a `hidden` element by EntryView: Pagefind finds the page by them, no one sees or hears them.
 */
export const searchTerms: Record<string, Record<Locale, string>> = {
  'under-18': {
    es: 'menor, menor de edad, menores, adolescente, niño, niña, joven',
    en: 'minor, underage, teen, teenager, child, kid, youth'
  },
  'immigration-today': {es: 'deportar, deportación, migra, ICE', en: 'deport, deportation, ICE'}
};
