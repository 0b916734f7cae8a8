import type {Locale} from '@/i18n/routing';

/** The fixed list of topics editors may use in `topics:`, with their labels. */
export const topics = {
  signs: {es: 'Señales de trata', en: 'Signs of trafficking'},
  rights: {es: 'Derechos y opciones legales', en: 'Rights and legal options'},
  safety: {es: 'Seguridad', en: 'Safety'},
  services: {es: 'Servicios y apoyo', en: 'Services and support'},
  'latin-survivors': {es: 'Sobrevivientes latinas y latinos', en: 'Latin@ survivors'},
  advocacy: {es: 'Intercesoría', en: 'Advocacy'},
  immigration: {es: 'Inmigración', en: 'Immigration'},
  community: {es: 'Comunidad', en: 'Community'},
  youth: {es: 'Jóvenes', en: 'Youth'}
} as const satisfies Record<string, Record<Locale, string>>;

export type Topic = keyof typeof topics;
export const topicIds = Object.keys(topics) as [Topic, ...Topic[]];
