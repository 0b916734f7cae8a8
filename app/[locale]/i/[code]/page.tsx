import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations} from 'next-intl/server';
import {otherLocale, type Locale} from '@/i18n/routing';
import {SitePageScreen} from '@/components/SitePageView';
import {discreetHref, discreetParams, discreetPlaceHref, findDiscreet, placePath} from '@/lib/pages';
import {counterpart, fixedPaths} from '@/lib/content';
import {discreetMetadata} from '@/lib/metadata';

/**
 * /es/i/<code>, /en/i/<code>: the discreet address of an article, guide, core page or place of the
 * directory. The same page once opened, but its title, description and share image
 * (../opengraph-image.tsx) are neutral, so a link preview in a chat says nothing of the topic. Not
 * indexed, not in the sitemap or feeds; its canonical link is the page's own address.
 */

type Props = {params: Promise<{locale: string; code: string}>};

export const dynamicParams = false;

export function generateStaticParams({params}: {params: {locale: string}}) {
  return discreetParams(params.locale as Locale);
}

async function resolve(params: Props['params']) {
  const {locale, code} = await params;
  return {locale: locale as Locale, found: findDiscreet(locale as Locale, code)};
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale, found} = await resolve(params);
  if (!found) return {};
  const t = await getTranslations({locale, namespace: 'Discreet'});
  const [path, canonical] =
    found.type === 'entry' ? [discreetHref(found.entry), found.entry.href] : [discreetPlaceHref(locale, found.place), placePath(locale, found.place)];
  return discreetMetadata({locale, path, canonical, title: t('title'), description: t('description')});
}

export default async function DiscreetPage({params}: Props) {
  const {locale, found} = await resolve(params);
  if (!found) notFound();
  const otherLang = otherLocale(locale);
  if (found.type === 'place') {
    return <SitePageScreen page={found} locale={locale} otherHref={discreetPlaceHref(otherLang, found.place)} searchable={false} />;
  }
  const other = counterpart(found.entry, otherLang);
  // Only the preview can lack a twin (a draft in one language): the other language's home stands in.
  return (
    <SitePageScreen page={found} locale={locale} otherHref={other ? discreetHref(other) : fixedPaths(otherLang).home} searchable={false} />
  );
}
