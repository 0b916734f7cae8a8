import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {site} from '@/lib/site';
import {SiteScript} from '@/components/SiteScript';
import {armQuickExit, type QuickExitConfig} from './quick-exit-script';
import './quick-exit.css';

/**
 * The quick exit, in three parts, all server-rendered so they work without JavaScript:
 * - <QuickExitScript>: the inline script in <head> that arms the exit before first paint;
 * - <QuickExitSkipLink>: the first Tab stop of every page, visually hidden until focused;
 * - <QuickExit>: the sticky, always-visible button.
 * Without JavaScript both links are plain links to the neutral page, sending no referrer.
 */

const linkProps = (locale: Locale) => ({href: site.exitUrl[locale], rel: 'nofollow noreferrer', 'data-quick-exit': ''});

export async function quickExitConfig(locale: Locale): Promise<QuickExitConfig> {
  const t = await getTranslations({locale, namespace: 'QuickExit'});
  return {
    url: site.exitUrl[locale],
    title: t('neutralTitle'),
    loading: t('loading'),
    shiftTwoMore: t('shiftTwoMore'),
    shiftOneMore: t('shiftOneMore'),
    escapeOneMore: t('escapeOneMore'),
    timedOut: t('timedOut'),
    cancelled: t('cancelled')
  };
}

export async function QuickExitScript({locale}: {locale: Locale}) {
  const config = await quickExitConfig(locale);
  // "<" escaped so no string in the config can close the script element.
  const source = `(${armQuickExit.toString()})(${JSON.stringify(config).replace(/</g, '\\u003c')},window)`;
  return <SiteScript id="quick-exit-script" source={source} />;
}

export async function QuickExitSkipLink({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'QuickExit'});
  return (
    <a {...linkProps(locale)} className="quick-exit-skip-link">
      {t('secondaryLink')}
    </a>
  );
}

export async function QuickExit({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'QuickExit'});
  return (
    <div className="quick-exit" data-quick-exit-root="" data-presses="0">
      <a {...linkProps(locale)} className="quick-exit-button" aria-describedby={`quick-exit-hint-${locale}`}>
        {/* A door with an arrow going out: drawn in the text's colour, so it stays in forced colours. */}
        <svg className="quick-exit-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
          <path d="M13 4H5v16h8M10 12h10m-4-4 4 4-4 4" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="visually-hidden">{t('qualifier')} </span>
        {t('label')}
        <span className="quick-exit-presses" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
      </a>
      {/* hidden: read once, as the button's description, never again as loose text after it. */}
      <span id={`quick-exit-hint-${locale}`} hidden>
        {t('shortcutHint')}
      </span>
      <span className="visually-hidden" role="status" data-quick-exit-status="" />
    </div>
  );
}
