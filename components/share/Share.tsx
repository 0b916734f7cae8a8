import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {SiteScript} from '@/components/SiteScript';
import {armShare} from './share-script';

/** The page's address to copy, a copy button and the phone's share sheet. No third-party widget. */
export async function Share({locale, url, title}: {locale: Locale; url: string; title: string}) {
  const t = await getTranslations({locale, namespace: 'Share'});
  return (
    <section
      id="share"
      className="share"
      data-pagefind-ignore=""
      aria-labelledby="share-title"
      data-title={title}
      data-copied={t('copied')}
      data-copy-failed={t('copyFailed')}
    >
      <h2 id="share-title">{t('title')}</h2>
      <label htmlFor="share-address">{t('address')}</label>
      <div className="share-row">
        <input id="share-address" type="url" readOnly value={url} />
        <button type="button" className="button" data-share-copy="" hidden>
          {t('copy')}
        </button>
        <button type="button" className="button button-secondary" data-share-native="" hidden>
          {t('share')}
        </button>
      </div>
      <p role="status" className="share-status" />
      <p className="print-only">
        {t('printed')} {url}
      </p>
      <SiteScript source={`(${armShare.toString()})(document.getElementById("share"),navigator)`} />
    </section>
  );
}
