import type {Metadata} from 'next';
export {viewport} from './[locale]/layout';
import {getTranslations} from 'next-intl/server';
import {routing, otherLocale, type Locale} from '@/i18n/routing';
import {QuickExit, QuickExitSkipLink, quickExitConfig} from '@/components/quick-exit/QuickExit';
import {armQuickExit} from '@/components/quick-exit/quick-exit-script';
import {SafetyBanner} from '@/components/SafetyBanner';
import {SiteScript} from '@/components/SiteScript';
import {PageFrame} from '@/components/PageFrame';
import {HotlineCard} from '@/components/HotlineCard';
import {PreparingNote, PreparingScript} from '@/components/preview/Preparing';
import {fixedPaths, pageHref} from '@/lib/content';
import './globals.css';

/**
 * The 404 for every unknown address, prerendered once so any CDN can serve it.
 * It cannot know the address's language on the server, so it holds the page in
 * both languages; a tiny script in <head> shows the one the address asks for
 * (/en/... -> English) before the first paint. Without JavaScript it shows Spanish,
 * with a line in English. Both versions keep the quick exit, banner and hotlines.
 */

export const metadata: Metadata = {
  title: 'Página no encontrada · Page not found',
  robots: {index: false},
  referrer: 'no-referrer'
};

function pickLocale(configs: Record<string, unknown>, arm: (cfg: never, win: Window) => void) {
  const locale = /^\/en(\/|$)/.test(location.pathname) ? 'en' : 'es';
  const root = document.documentElement;
  root.lang = locale;
  root.setAttribute('data-locale', locale);
  arm(configs[locale] as never, window);
}

export default async function GlobalNotFound() {
  const configs = Object.fromEntries(
    await Promise.all(routing.locales.map(async (l) => [l, await quickExitConfig(l)] as const))
  );
  const script = `(${pickLocale.toString()})(${JSON.stringify(configs).replace(/</g, '\\u003c')},${armQuickExit.toString()})`;
  return (
    <html lang={routing.defaultLocale} data-locale={routing.defaultLocale}>
      <head>
        <SiteScript id="quick-exit-script" source={script} />
        <PreparingScript />
      </head>
      <body>
        {routing.locales.map((locale) => (
          <div key={locale} className="locale-variant" data-variant={locale} lang={locale}>
            <NotFoundVariant locale={locale} />
          </div>
        ))}
      </body>
    </html>
  );
}

async function NotFoundVariant({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'NotFound'});
  const shell = await getTranslations({locale, namespace: 'Shell'});
  const other = otherLocale(locale);
  const otherT = await getTranslations({locale: other, namespace: 'NotFound'});
  return (
    <>
      <QuickExitSkipLink locale={locale} />
      <a className="skip-link" href={`#main-${locale}`}>
        {shell('skipToContent')}
      </a>
      <QuickExit locale={locale} />
      <SafetyBanner locale={locale} />
      <PageFrame locale={locale} otherHref={fixedPaths(other).home} mainId={`main-${locale}`} searchable={false}>
        <h1>{t('title')}</h1>
        <p className="lead">{t('text')}</p>
        <ul>
          <li>
            <a href={fixedPaths(locale).home}>{t('home')}</a>
          </li>
          <li>
            <a href={pageHref(locale, 'get-help')}>{t('help')}</a>
          </li>
          <li lang={other}>
            <a href={fixedPaths(other).home}>
              {otherT('title')}: {otherT('home')}
            </a>
          </li>
        </ul>
        <PreparingNote locale={locale} />
        <HotlineCard id="human-trafficking" locale={locale} headingLevel={2} />
      </PageFrame>
    </>
  );
}
