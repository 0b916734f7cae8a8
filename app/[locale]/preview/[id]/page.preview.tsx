import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {otherLocale, routing, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import '@/components/preview/preview.css';
import {previewAddress, previewPath} from '@/lib/content';
import {translationStatus} from '@/lib/content/translation-status';

/**
 * Preview only: one page in both languages side by side (stacked on a narrow screen), each in a
 * frame of its own, so an editor compares the two versions paragraph by paragraph.
 */

export const metadata: Metadata = {robots: {index: false, follow: false}};

type Props = {params: Promise<{locale: string; id: string}>};

export function generateStaticParams() {
  return translationStatus().map((pair) => ({id: pair.id}));
}

export default async function SideBySide({params}: Props) {
  const {locale: pageLocale, id} = await params;
  const locale = pageLocale as Locale;
  const t = await getTranslations({locale, namespace: 'Preview'});
  const files = translationStatus().find((pair) => pair.id === id)?.files ?? {};
  const frameTitle = {es: t('frameSpanish'), en: t('frameEnglish')} as const;
  return (
    <PageFrame locale={locale} otherHref={`${previewPath(otherLocale(locale))}/${id}`} searchable={false}>
      <p className="preview-note">{t('previewNote')}</p>
      <h1>{t('sideBySideTitle', {id})}</h1>
      <p>
        <a href={previewPath(locale)}>{t('backToList')}</a>
      </p>
      <div className="side-by-side preview-wide">
        {routing.locales.map((l) => {
          const file = files[l]?.file;
          return file ? (
            <iframe key={l} src={previewAddress(l, file)} title={frameTitle[l]} lang={l} />
          ) : (
            <p key={l}>
              {frameTitle[l]}: {t('missing')}
            </p>
          );
        })}
      </div>
    </PageFrame>
  );
}
