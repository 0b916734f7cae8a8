import type {Locale} from '@/i18n/routing';

/** "22 de noviembre de 2026" / "November 22, 2026" from an ISO date, without time-zone drift. */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {dateStyle: 'long', timeZone: 'UTC'}).format(
    new Date(`${isoDate}T00:00:00Z`)
  );
}
