import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {HotlineNumbers} from '@/components/HotlineNumbers';

/**
 * The printable card (/es/tarjeta, /en/card): only the hotline numbers, under a neutral title,
 * on one sheet. On paper it prints alone, without the site's header, footer or notices.
 */
export async function NumbersCard({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Card'});
  return (
    <div className="numbers-card">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <HotlineNumbers locale={locale} hours />
      <p className="numbers-card-print">{t('howToPrint')}</p>
    </div>
  );
}
