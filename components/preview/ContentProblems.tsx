import {getTranslations} from 'next-intl/server';
import {otherLocale, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import {fixedPaths, formatProblems, previewPath, type Problem} from '@/lib/content';
import {problemLine} from '@/lib/content/problems-es';

/** The problem of a page that has no file in the other language yet (lib/content/load.ts, crossCheck). */
const missingTwin = (p: Problem) => p.field === 'id' && p.expected.startsWith('a matching file in content/');

/**
 * Preview only (`npm run dev`): what a page shows while its file has problems. A plain panel in the
 * page's language with the same lines as `npm run content:check`, said in the page's language (on a
 * Spanish page each line in Spanish, then the check's own line), inside the site's frame, so the quick
 * exit, the notice and the links to every other page keep working. No stack, no overlay. A page with
 * no twin yet is offered the line that makes it a draft, which the preview shows alone.
 */
export async function ContentProblemsScreen({locale, problems}: {locale: Locale; problems: Problem[]}) {
  const t = await getTranslations({locale, namespace: 'Preview'});
  return (
    <PageFrame locale={locale} otherHref={fixedPaths(otherLocale(locale)).home} searchable={false}>
      <section className="callout callout-warning" role="alert" aria-labelledby="content-problems-title">
        <h1 id="content-problems-title">{t('problemsTitle')}</h1>
        <p>{t('problemsIntro', {file: problems[0].file, count: problems.length})}</p>
        <ul>
          {problems.map((p, i) => {
            const line = problemLine(p, locale);
            const checkLine = formatProblems([p]);
            return (
              <li key={i}>
                <code>{line}</code>
                {line !== checkLine && (
                  <p className="content-problems-check" lang="en">
                    <span lang={locale}>{t('problemsInEnglish')}</span> <code>{checkLine}</code>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        {problems.some(missingTwin) && (
          <div className="content-problems-draft">
            <p>{t('problemsMakeDraft')}</p>
            <pre>
              <code>draft: true</code>
            </pre>
          </div>
        )}
        <p className="content-problems-help">{t('problemsHowToRead')}</p>
        <p className="content-problems-help">
          <a href={previewPath(locale)}>{t('pagesTitle')}</a>
        </p>
      </section>
    </PageFrame>
  );
}
