import type {Locale} from '@/i18n/routing';

/**
 * The places of the directory ("Help near you"): every state, the District of Columbia and Puerto
 * Rico. `id` names the data file (content/directory/<id>.yaml); `slug` is the address in each
 * language (/es/ayuda-cerca/nueva-york, /en/help-near-you/new-york); `code` is the postal code.
 */
export type Place = {id: string; code: string; name: Record<Locale, string>; slug: Record<Locale, string>};

const p = (code: string, en: string, es = en): Place => {
  const slugOf = (name: string) =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return {id: slugOf(en), code, name: {es, en}, slug: {es: slugOf(es), en: slugOf(en)}};
};

export const places: Place[] = [
  p('AL', 'Alabama'),
  p('AK', 'Alaska'),
  p('AZ', 'Arizona'),
  p('AR', 'Arkansas'),
  p('CA', 'California'),
  p('NC', 'North Carolina', 'Carolina del Norte'),
  p('SC', 'South Carolina', 'Carolina del Sur'),
  p('CO', 'Colorado'),
  p('CT', 'Connecticut'),
  p('ND', 'North Dakota', 'Dakota del Norte'),
  p('SD', 'South Dakota', 'Dakota del Sur'),
  p('DE', 'Delaware'),
  p('DC', 'District of Columbia', 'Distrito de Columbia'),
  p('FL', 'Florida'),
  p('GA', 'Georgia'),
  p('HI', 'Hawaii', 'Hawái'),
  p('ID', 'Idaho'),
  p('IL', 'Illinois'),
  p('IN', 'Indiana'),
  p('IA', 'Iowa'),
  p('KS', 'Kansas'),
  p('KY', 'Kentucky'),
  p('LA', 'Louisiana', 'Luisiana'),
  p('ME', 'Maine'),
  p('MD', 'Maryland'),
  p('MA', 'Massachusetts'),
  p('MI', 'Michigan', 'Míchigan'),
  p('MN', 'Minnesota'),
  p('MS', 'Mississippi', 'Misisipi'),
  p('MO', 'Missouri', 'Misuri'),
  p('MT', 'Montana'),
  p('NE', 'Nebraska'),
  p('NV', 'Nevada'),
  p('NH', 'New Hampshire', 'Nuevo Hampshire'),
  p('NJ', 'New Jersey', 'Nueva Jersey'),
  p('NM', 'New Mexico', 'Nuevo México'),
  p('NY', 'New York', 'Nueva York'),
  p('OH', 'Ohio'),
  p('OK', 'Oklahoma'),
  p('OR', 'Oregon', 'Oregón'),
  p('PA', 'Pennsylvania', 'Pensilvania'),
  p('PR', 'Puerto Rico'),
  p('RI', 'Rhode Island'),
  p('TN', 'Tennessee'),
  p('TX', 'Texas'),
  p('UT', 'Utah'),
  p('VT', 'Vermont'),
  p('VA', 'Virginia'),
  p('WV', 'West Virginia', 'Virginia Occidental'),
  p('WA', 'Washington'),
  p('WI', 'Wisconsin'),
  p('WY', 'Wyoming')
];

/** The places in the order of their name in one language. */
export function placesIn(locale: Locale): Place[] {
  return [...places].sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
}

export function findPlace(locale: Locale, slug: string): Place | undefined {
  return places.find((place) => place.slug[locale] === slug);
}
