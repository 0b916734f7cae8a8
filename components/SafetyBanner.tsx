import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {pageHref} from '@/lib/content';
import {getHotline, smsHref, telHref, textKeyword} from '@/lib/hotlines';

/**
 * The honest safety notice at the top of every page. Not dismissible:
 * remembering a dismissal would leave a trace on the device.
 */
export async function SafetyBanner({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Banner'});
  const emergency = getHotline('emergency')!;
  const lines = ['human-trafficking', 'domestic-violence'].map((id) => getHotline(id)!);
  return (
    <aside className="safety-banner" aria-label={t('label')}>
      <p>
        {t('traces')}{' '}
        <a href={pageHref(locale, 'browse-safely')}>{t('learnSafety')}</a>
        {' · '}
        <a href={pageHref(locale, 'quick-exit')}>{t('learnExit')}</a>
      </p>
      <p className="safety-banner-hotlines">
        <span>
          {t('danger')}{' '}
          <a href={telHref(emergency.call.number)} className="number">
            {emergency.call.display}
          </a>
          .
        </span>
        {lines.map((h) => {
          const keyword = h.text ? textKeyword(h, locale) : undefined;
          return (
            <span key={h.id}>
              {h.name[locale]}: <a href={telHref(h.call.number)} aria-label={`${t('call')} ${h.call.display}`} className="number">{h.call.display}</a>
              {h.text ? (
                <>
                  {' · '}
                  <a href={smsHref(h.text.number, keyword)}>
                    {keyword ? t('textKeyword', {keyword}) : t('text')} {h.text.display}
                  </a>
                </>
              ) : null}
            </span>
          );
        })}
      </p>
    </aside>
  );
}
