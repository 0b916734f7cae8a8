import type {MetadataRoute} from 'next';
import {routing, type Locale} from '@/i18n/routing';
import {entriesOf, fixedPaths, lastModified, type Entry} from '@/lib/content';
import {allPagesOf, indexPageEntries, pathsOf} from '@/lib/pages';
import {absoluteUrl} from '@/lib/metadata';
import {changes} from '@/lib/changes';
import {newestCheck} from '@/lib/directory';

/** Every page in both languages, each with its alternates and last-modified date. */
// Written as a file by the static export.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const newest = (list: Entry[]) => list.map(lastModified).sort().at(-1);
  const item = (locale: Locale, paths: Record<Locale, string>, modified: string | undefined) => ({
    url: absoluteUrl(paths[locale]),
    ...(modified ? {lastModified: modified} : {}),
    alternates: {
      languages: {
        ...Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(paths[l])])),
        'x-default': absoluteUrl(paths[routing.defaultLocale])
      }
    }
  });
  const homes = Object.fromEntries(routing.locales.map((l) => [l, fixedPaths(l).home])) as Record<Locale, string>;
  return routing.locales.flatMap((locale) => [
    item(locale, homes, newest(entriesOf(locale))),
    ...allPagesOf(locale).map((page) =>
      item(
        locale,
        pathsOf(page),
        page.type === 'entry'
          ? lastModified(page.entry)
          : page.type === 'index'
            ? newest(indexPageEntries(locale, page.kind, page.number))
            : page.type === 'changes'
              ? changes[0]?.date
              : page.type === 'place'
                ? newestCheck(page.place)
                : newest(entriesOf(locale))
      )
    )
  ]);
}
