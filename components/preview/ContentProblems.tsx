import {getTranslations} from 'next-intl/server';
import {otherLocale, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import {fixedPaths, formatProblems, previewPath, type Problem} from '@/lib/content';

/**
 * Preview only (`npm run dev`): what a page shows while its file has problems. A plain panel in the
 * page's language with the same lines as `npm run content:check`, inside the site's frame, so the
 * quick exit, the notice and the links to every other page keep working. No stack, no overlay.
 */
export async function ContentProblemsScreen({locale, problems}: {locale: Locale; problems: Problem[]}) {
  const t = await getTranslations({locale, namespace: 'Preview'});
  return (
    <PageFrame locale={locale} otherHref={fixedPaths(otherLocale(locale)).home} searchable={false}>
      <section className="callout callout-warning" role="alert" aria-labelledby="content-problems-title">
        <h1 id="content-problems-title">{t('problemsTitle')}</h1>
        <p>{t('problemsIntro', {file: problems[0].file, count: problems.length})}</p>
        <ul>
          {problems.map((p, i) => (
            <li key={i}>
              <code>{formatProblems([p])}</code>
            </li>
          ))}
        </ul>
        <p className="content-problems-help">{t('problemsHowToRead')}</p>
        <p className="content-problems-help">
          <a href={previewPath(locale)}>{t('pagesTitle')}</a>
        </p>
      </section>
    </PageFrame>
  );
}
