import {getLocale, getTranslations} from 'next-intl/server';
import {otherLocale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import {HotlineCard} from '@/components/HotlineCard';
import {fixedPaths, pageHref} from '@/lib/content';

/** The localized 404: still with the quick exit, the banner and the hotlines (from the layout and frame). */
export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({locale, namespace: 'NotFound'});
  return (
    <PageFrame locale={locale} otherHref={fixedPaths(otherLocale(locale)).home}>
      <title>{t('title')}</title>
      <meta name="robots" content="noindex" />
      <h1>{t('title')}</h1>
      <p className="lead">{t('text')}</p>
      <ul>
        <li>
          <a href={fixedPaths(locale).home}>{t('home')}</a>
        </li>
        <li>
          <a href={pageHref(locale, 'get-help')}>{t('help')}</a>
        </li>
      </ul>
      <HotlineCard id="human-trafficking" locale={locale} headingLevel={2} />
    </PageFrame>
  );
}
