import type {Locale} from '@/i18n/routing';

/**
 * "22 de noviembre de 2026" / "November 22, 2026" from an ISO date, without time-zone drift;
 * `short` gives "22 nov 2026" / "Nov 22, 2026", for lines that must stay short on a phone.
 */
export function formatDate(isoDate: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {dateStyle: style === 'short' ? 'medium' : 'long', timeZone: 'UTC'}).format(
    new Date(`${isoDate}T00:00:00Z`)
  );
}
