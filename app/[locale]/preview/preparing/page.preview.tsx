import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {otherLocale, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import {GoBackScript} from '@/components/preview/Preparing';
import '@/components/preview/preview.css';
import {previewPath} from '@/lib/content';

/**
 * Preview only: "this page is being prepared", for an address whose file was saved a moment ago
 * (components/preview/Preparing.tsx). The address comes after the #, and a second later the page
 * goes back to it; if the preview does not have it yet, the not-found page sends it here again.
 */

export const metadata: Metadata = {robots: {index: false, follow: false}};

type Props = {params: Promise<{locale: string}>};

export default async function Preparing({params}: Props) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({locale, namespace: 'Preview'});
  return (
    <PageFrame locale={locale} otherHref={previewPath(otherLocale(locale))} searchable={false}>
      <p className="preview-note">{t('previewNote')}</p>
      <h1>{t('preparingTitle')}</h1>
      <p className="lead">{t('preparingText')}</p>
      <p>
        <a href={previewPath(locale)}>{t('pagesTitle')}</a>
      </p>
      <GoBackScript />
    </PageFrame>
  );
}
