import type {ReactNode} from 'react';
import {getTranslations} from 'next-intl/server';
import {otherLocale, type Locale} from '@/i18n/routing';
import {fixedPaths, pageHref} from '@/lib/content';
import {hotlines, telHref} from '@/lib/hotlines';
import {site} from '@/lib/site';
import {SafetyMore} from '@/components/SafetyBanner';

/**
 * Header (site name, the safety notice's details, language switch, sections, search), main and footer of a page.
 * Each page passes the address of the same page in the other language,
 * because only the page knows it.
 */
export async function PageFrame({
  locale,
  otherHref,
  mainId = 'main',
  searchable = true,
  children
}: {
  locale: Locale;
  otherHref: string;
  mainId?: string;
  /** Whether the page goes into the search index (not the indexes, the search page or the 404). */
  searchable?: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations({locale, namespace: 'Shell'});
  const nav = await getTranslations({locale, namespace: 'Nav'});
  const search = await getTranslations({locale, namespace: 'Search'});
  const card = await getTranslations({locale, namespace: 'Card'});
  const changes = await getTranslations({locale, namespace: 'Changes'});
  const directory = await getTranslations({locale, namespace: 'Directory'});
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
      {/* One compact bar with the notice above it (components/SafetyBanner.tsx): the name, the notice's
          "more", the language; then the sections and search. 160 px at most with the notice on a phone. */}
      <header className="site-header">
        <div className="site-header-row">
          <a className="site-name" href={paths.home}>
            {site.name[locale]}
          </a>
          <SafetyMore locale={locale} />
          <a className="language-switch" href={otherHref} hrefLang={other} lang={other}>
            <span aria-hidden="true">{t('languageSwitch')}</span>
            <span className="visually-hidden">{t('languageSwitchLabel')}</span>
          </a>
        </div>
        <div className="site-header-row">
          <nav aria-label={t('navLabel')}>
            <ul>
              {sections.map((s) => (
                <li key={s.href}>
                  <a href={s.href}>{s.label}</a>
                </li>
              ))}
            </ul>
          </nav>
          <a className="header-search" href={paths.search}>
            <svg
              aria-hidden="true"
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
              strokeLinecap="round"
            >
              <circle cx="10" cy="10" r="6.5" />
              <path d="M15 15l6 6" />
            </svg>
            <span className="header-search-label">{search('headerLink')}</span>
          </a>
        </div>
      </header>
      {/* data-pagefind-body: only this, the page's own content, goes into the search index. */}
      <main id={mainId} tabIndex={-1} data-pagefind-body={searchable ? '' : undefined}>
        {children}
      </main>
      <footer className="site-footer">
        <section aria-labelledby={`footer-hotlines-${locale}`}>
          <h2 id={`footer-hotlines-${locale}`}>{t('footerHotlines')}</h2>
          <ul>
            {hotlines.map((h) => (
              <li key={h.id}>
                {/* "Emergencias: 911" already holds its number: say it once. */}
                {h.name[locale].includes(h.call.display) ? (
                  <a href={telHref(h.call.number)}>{h.name[locale]}</a>
                ) : (
                  <>
                    {`${h.name[locale]}: `}
                    <a href={telHref(h.call.number)} className="number">
                      {h.call.display}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
        <nav aria-labelledby={`footer-links-${locale}`}>
          <h2 id={`footer-links-${locale}`}>{t('footerLinks')}</h2>
          <ul>
            {[
              {href: pageHref(locale, 'get-help'), label: nav('getHelp')},
              {href: paths.directory, label: directory('footer')},
              {href: pageHref(locale, 'browse-safely'), label: nav('browseSafely')},
              {href: pageHref(locale, 'quick-exit'), label: nav('quickExit')},
              {href: pageHref(locale, 'about'), label: nav('about')},
              {href: paths.card, label: card('link')},
              {href: paths.changes, label: changes('footer')}
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
