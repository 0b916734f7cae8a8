import {notFound} from 'next/navigation';
import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {findTopLevel, topLevelParams, withLocales} from '@/lib/pages';
import {renderShareImage, shareImageSize, shareImageType} from '@/lib/share-image';
import {site} from '@/lib/site';

type Params = {locale: Locale; page: string};

// Share image metadata (og:image with alt text in the page's language) comes from lib/metadata.ts.
export const size = shareImageSize;
export const contentType = shareImageType;

export function generateStaticParams() {
  return withLocales(topLevelParams);
}

async function title({locale, page}: Params) {
  const found = findTopLevel(locale, page);
  if (!found) notFound();
  const t = await getTranslations({locale, namespace: 'Content'});
  return found.type === 'entry' ? found.entry.title : t(found.kind === 'article' ? 'articlesTitle' : 'guidesTitle');
}

export default async function Image({params}: {params: Promise<Params>}) {
  const p = await params;
  return renderShareImage({locale: p.locale, title: await title(p), label: site.name[p.locale]});
}
