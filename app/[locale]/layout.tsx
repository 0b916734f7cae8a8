import type {Metadata, Viewport} from 'next';
import {notFound} from 'next/navigation';
import {hasLocale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {QuickExit, QuickExitScript, QuickExitSkipLink} from '@/components/quick-exit/QuickExit';
import {SafetyBanner} from '@/components/SafetyBanner';
import {site} from '@/lib/site';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({locale}));
}


export async function generateMetadata({params}: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const {locale} = await params;
  const name = hasLocale(routing.locales, locale) ? site.name[locale] : site.name.es;
  return {
    metadataBase: new URL(site.url),
    title: {template: `%s · ${name}`, default: name},
    applicationName: name,
    // Keep the page out of the referrer even where a browser ignores the header.
    referrer: 'no-referrer',
    formatDetection: {telephone: false},
    robots: {index: true, follow: true}
  };
}

/** Shared with the 404 page (app/global-not-found.tsx). */
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  // The on-screen keyboard shrinks the page (Chrome, Firefox), so the exit bar stays above it.
  interactiveWidget: 'resizes-content',
  // The browser's bar matches the page, dark at night too (--bg in globals.css).
  themeColor: [
    {media: '(prefers-color-scheme: dark)', color: '#15181a'},
    {color: '#ffffff'}
  ]
};

export default async function LocaleLayout({children, params}: LayoutProps<'/[locale]'>) {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({locale, namespace: 'Shell'});
  return (
    <html lang={locale} dir="ltr">
      <head>
        <QuickExitScript locale={locale} />
      </head>
      <body>
        <QuickExitSkipLink locale={locale} />
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <QuickExit locale={locale} />
        <SafetyBanner locale={locale} />
        {children}
      </body>
    </html>
  );
}
