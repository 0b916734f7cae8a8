import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {otherLocale, routing, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import '@/components/preview/preview.css';
import {allEntries, previewPath} from '@/lib/content';

/**
 * Preview only: one page in both languages side by side (stacked on a narrow screen), each in a
 * frame of its own, so an editor compares the two versions paragraph by paragraph.
 */

export const metadata: Metadata = {robots: {index: false, follow: false}};

type Props = {params: Promise<{locale: string; id: string}>};

export function generateStaticParams() {
  return [...new Set(allEntries().map((e) => e.id))].map((id) => ({id}));
}

export default async function SideBySide({params}: Props) {
  const {locale: pageLocale, id} = await params;
  const locale = pageLocale as Locale;
  const t = await getTranslations({locale, namespace: 'Preview'});
  const frameTitle = {es: t('frameSpanish'), en: t('frameEnglish')} as const;
  return (
    <PageFrame locale={locale} otherHref={`${previewPath(otherLocale(locale))}/${id}`} searchable={false}>
      <p className="preview-note">{t('previewNote')}</p>
      <h1>{t('sideBySideTitle', {id})}</h1>
      <p>
        <a href={previewPath(locale)}>{t('backToList')}</a>
      </p>
      <div className="side-by-side">
        {routing.locales.map((l) => {
          const entry = allEntries().find((e) => e.locale === l && e.id === id);
          return entry ? (
            <iframe key={l} src={entry.href} title={frameTitle[l]} lang={l} />
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
