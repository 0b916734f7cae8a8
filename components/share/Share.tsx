import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {SiteScript} from '@/components/SiteScript';
import {armShare} from './share-script';

/**
 * The page's two addresses to copy or send: the normal one, whose link preview shows the page's title,
 * and the discreet one (/es/i/<code>), whose preview says only "Información y apoyo". Each says in one
 * line what its preview shows; a tip tells how to send a link with no preview at all. No third-party widget.
 */
export async function Share({
  locale,
  url,
  discreetUrl,
  title,
  discreetTitle
}: {
  locale: Locale;
  url: string;
  discreetUrl: string;
  title: string;
  discreetTitle: string;
}) {
  const t = await getTranslations({locale, namespace: 'Share'});
  const links = [
    {id: 'share-address', url, title, label: t('normalLabel'), preview: t('normalPreview'), name: t('normalName'), copied: t('copiedNormal')},
    {id: 'share-discreet', url: discreetUrl, title: discreetTitle, label: t('discreetLabel'), preview: t('discreetPreview'), name: t('discreetName'), copied: t('copiedDiscreet')}
  ];
  return (
    <section
      id="share"
      className="share"
      data-pagefind-ignore=""
      aria-labelledby="share-title"
      data-copy-failed={t('copyFailed')}
    >
      <h2 id="share-title">{t('title')}</h2>
      {links.map((link) => (
        <div key={link.id} className="share-link" data-share-link="" data-title={link.title} data-copied={link.copied}>
          <label htmlFor={link.id}>{link.label}</label>
          <p id={`${link.id}-preview`} className="share-preview">
            {link.preview}
          </p>
          <div className="share-row">
            <input id={link.id} type="url" readOnly value={link.url} aria-describedby={`${link.id}-preview`} />
            {/* suppressHydrationWarning: the script below shows these buttons before React looks at them,
                which only happens in the preview (npm run dev); the built site has no React. */}
            <button type="button" className="button" data-share-copy="" hidden suppressHydrationWarning>
              {t('copy')} <span className="visually-hidden">{link.name}</span>
            </button>
            <button type="button" className="button button-secondary" data-share-native="" hidden suppressHydrationWarning>
              {t('share')} <span className="visually-hidden">{link.name}</span>
            </button>
          </div>
        </div>
      ))}
      <p className="share-tip">{t('tip')}</p>
      <p role="status" className="share-status" />
      <p className="print-only">
        {t('printed')} {url}
      </p>
      <SiteScript source={`(${armShare.toString()})(document.getElementById("share"),navigator)`} />
    </section>
  );
}
