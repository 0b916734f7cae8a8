import type {ReactNode} from 'react';
import {getTranslations} from 'next-intl/server';
import {otherLocale, type Locale} from '@/i18n/routing';
import {fixedPaths, pageHref} from '@/lib/content';
import {hotlines, telHref} from '@/lib/hotlines';
import {site} from '@/lib/site';

/**
 * Header (site name, sections, language switch), main and footer of a page.
 * Each page passes the address of the same page in the other language,
 * because only the page knows it.
 */
export async function PageFrame({
  locale,
  otherHref,
  mainId = 'main',
  children
}: {
  locale: Locale;
  otherHref: string;
  mainId?: string;
  children: ReactNode;
}) {
  const t = await getTranslations({locale, namespace: 'Shell'});
  const nav = await getTranslations({locale, namespace: 'Nav'});
  const paths = fixedPaths(locale);
  const other = otherLocale(locale);
  const sections = [
    {href: pageHref(locale, 'get-help'), label: nav('getHelp')},
    {href: paths.guides, label: nav('guides')},
    {href: paths.articles, label: nav('articles')},
    {href: pageHref(locale, 'browse-safely'), label: nav('browseSafely')}
  ];
  return (
    <>
      <header className="site-header">
        <div className="site-header-row">
          <a className="site-name" href={paths.home}>
            {site.name[locale]}
          </a>
          <a className="language-switch" href={otherHref} hrefLang={other} lang={other}>
            <span aria-hidden="true">{t('languageSwitch')}</span>
            <span className="visually-hidden">{t('languageSwitchLabel')}</span>
          </a>
        </div>
        <nav aria-label={t('navLabel')}>
          <ul>
            {sections.map((s) => (
              <li key={s.href}>
                <a href={s.href}>{s.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id={mainId} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <section aria-labelledby={`footer-hotlines-${locale}`}>
          <h2 id={`footer-hotlines-${locale}`}>{t('footerHotlines')}</h2>
          <ul>
            {hotlines.map((h) => (
              <li key={h.id}>
                {h.name[locale]}: <a href={telHref(h.call.number)}>{h.call.display}</a>
              </li>
            ))}
          </ul>
        </section>
        <nav aria-labelledby={`footer-links-${locale}`}>
          <h2 id={`footer-links-${locale}`}>{t('footerLinks')}</h2>
          <ul>
            {[
              {href: pageHref(locale, 'get-help'), label: nav('getHelp')},
              {href: pageHref(locale, 'browse-safely'), label: nav('browseSafely')},
              {href: pageHref(locale, 'quick-exit'), label: nav('quickExit')},
              {href: pageHref(locale, 'about'), label: nav('about')}
            ].map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="site-footer-note">{t('footerNote')}</p>
      </footer>
    </>
  );
}
