import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {hotlines, smsHref, telHref, textKeyword} from '@/lib/hotlines';

/**
 * Every hotline of content/hotlines.json as one compact line each: name, number to call, number to
 * text. For paper: the box at the top of a printed page, and the printable card (/es/tarjeta).
 */
export async function HotlineNumbers({locale, hours = false}: {locale: Locale; hours?: boolean}) {
  const t = await getTranslations({locale, namespace: 'Card'});
  return (
    <ul className="hotline-numbers">
      {hotlines.map((h) => {
        const keyword = textKeyword(h, locale);
        return (
          <li key={h.id} data-hotline={h.id}>
            <strong>{h.name[locale]}</strong>
            <span>
              {t('call')} <a href={telHref(h.call.number)}>{h.call.display}</a>
            </span>
            {h.text ? (
              <span>
                {keyword ? t('textWithKeyword', {keyword}) : t('text')} <a href={smsHref(h.text.number, keyword)}>{h.text.display}</a>
              </span>
            ) : null}
            {hours ? <span className="hotline-numbers-hours">{h.hours.call[locale]}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
