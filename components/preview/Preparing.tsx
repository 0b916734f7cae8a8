import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';
import {SiteScript} from '@/components/SiteScript';
import {previewPath} from '@/lib/content';
import {isPreview} from '@/lib/content/settings';
import {subPageParams, topLevelParams} from '@/lib/pages';

/**
 * Preview only (`npm run dev`): a file saved a moment ago already has its page, but `next dev` keeps
 * its list of addresses for a few seconds more and answers "not found" meanwhile. The not-found page
 * (app/global-not-found.tsx) is the same for every address, so it carries the addresses that exist
 * now; at one of them, a small script goes on to /<locale>/preview/preparing, which says "being
 * prepared" and comes back to the address a second later, until the page is there. Without
 * JavaScript the not-found page says to wait and reload. None of this is in a build: there the list
 * of addresses is complete.
 */

/** Every address of a page, index or file with problems that the preview has right now. */
export function previewAddresses(): string[] {
  return routing.locales.flatMap((locale) => [
    ...topLevelParams(locale).map((p) => `/${locale}/${p.page}`),
    ...subPageParams(locale).map((p) => `/${locale}/${p.page}/${p.slug}`)
  ]);
}

/** The page that says an address is being prepared, and goes back to it (the address after the #). */
export const preparingPath = (locale: Locale, address: string) => `${previewPath(locale)}/preparing#${address}`;

function goToPreparing(addresses: string[], preparing: Record<string, string>) {
  const here = decodeURIComponent(location.pathname).replace(/\/$/, '');
  if (addresses.indexOf(here) < 0) return;
  // No change to this page itself: React draws it again in the browser under next dev.
  location.replace(preparing[here.split('/')[1]] + here);
}

/** In the not-found page's <head>: the addresses and the script. */
export function PreparingScript() {
  if (!isPreview()) return null;
  const preparing = Object.fromEntries(routing.locales.map((l) => [l, preparingPath(l, '')]));
  const args = [previewAddresses(), preparing].map((a) => JSON.stringify(a).replace(/</g, '\\u003c')).join(',');
  return <SiteScript id="preview-preparing-script" source={`(${goToPreparing.toString()})(${args})`} />;
}

function goBack() {
  const address = decodeURIComponent(location.hash.slice(1));
  // Only an address of this site: /es/... or /en/..., never another site's.
  if (/^\/(es|en)\/[^/]/.test(address) && !address.startsWith('//')) setTimeout(() => location.replace(address), 1000);
}

/** On the "being prepared" page: back to the address a second later. */
export function GoBackScript() {
  return <SiteScript id="preview-go-back" source={`(${goBack.toString()})()`} />;
}

/** Under the not-found text, in the preview: a saved file may need a few seconds. */
export async function PreparingNote({locale}: {locale: Locale}) {
  if (!isPreview()) return null;
  const t = await getTranslations({locale, namespace: 'Preview'});
  return <p>{t('preparingNoScript')}</p>;
}
