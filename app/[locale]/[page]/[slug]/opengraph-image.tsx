import {notFound} from 'next/navigation';
import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {articleParams, findArticle, withLocales} from '@/lib/pages';
import {renderShareImage, shareImageSize, shareImageType} from '@/lib/share-image';

type Params = {locale: Locale; page: string; slug: string};

export function generateStaticParams() {
  return withLocales(articleParams);
}

function entryOf({locale, page, slug}: Params) {
  const entry = findArticle(locale, page, slug);
  if (!entry) notFound();
  return entry;
}

// Share image metadata (og:image with alt text in the page's language) comes from lib/metadata.ts.
export const size = shareImageSize;
export const contentType = shareImageType;

export default async function Image({params}: {params: Promise<Params>}) {
  const p = await params;
  const entry = entryOf(p);
  const t = await getTranslations({locale: p.locale, namespace: 'Content'});
  return renderShareImage({
    locale: p.locale,
    title: entry.title,
    label: t(entry.kind === 'guide' ? 'kindGuide' : 'kindArticle')
  });
}
