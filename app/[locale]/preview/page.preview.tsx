import path from 'node:path';
import {Fragment} from 'react';
import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {otherLocale, routing, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import '@/components/preview/preview.css';
import {allEntries, formatProblems, previewAddress, previewAllProblems, previewPath, previewProblems} from '@/lib/content';
import {translationStatus} from '@/lib/content/translation-status';

/**
 * Preview only (`npm run dev`; the .preview.tsx name keeps it out of every build, see next.config.ts):
 * every content id with its Spanish and English files, whether the two are in step, a link to see
 * both side by side, and every problem of every file.
 */

export const metadata: Metadata = {robots: {index: false, follow: false}};

type Props = {params: Promise<{locale: string}>};

export default async function PreviewPages({params}: Props) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({locale, namespace: 'Preview'});
  const problems = previewAllProblems();

  const fileCell = (l: Locale, file: string | undefined) => {
    if (!file) return <td>{t('missing')}</td>;
    const name = path.basename(file, '.mdx');
    const draft = allEntries().some((e) => e.locale === l && e.slug === name && e.draft);
    const count = previewProblems(l, name).length;
    return (
      <td>
        <a href={previewAddress(l, file)} lang={l}>
          <code>{path.basename(file)}</code>
        </a>
        {draft ? ` (${t('draft')})` : null}
        {count ? <strong className="preview-problem-count"> {t('hasProblems', {count})}</strong> : null}
      </td>
    );
  };

  return (
    <PageFrame locale={locale} otherHref={previewPath(otherLocale(locale))} searchable={false}>
      <p className="preview-note">{t('previewNote')}</p>
      <h1>{t('pagesTitle')}</h1>
      <p>{t('pagesIntro')}</p>
      <div className="table-scroll prose preview-wide">
        <table className="preview-pages">
          <thead>
            <tr>
              <th scope="col">{t('columnId')}</th>
              <th scope="col">{t('columnSpanish')}</th>
              <th scope="col">{t('columnEnglish')}</th>
              <th scope="col">{t('columnStatus')}</th>
              <th scope="col">{t('columnView')}</th>
            </tr>
          </thead>
          <tbody>
            {translationStatus().map((pair) => (
              <tr key={pair.id} data-status={pair.status}>
                <th scope="row">
                  <code>{pair.id}</code>
                </th>
                {routing.locales.map((l) => (
                  <Fragment key={l}>{fileCell(l, pair.files[l]?.file)}</Fragment>
                ))}
                <td>{t(`status.${pair.status}`)}</td>
                <td>
                  <a href={`${previewPath(locale)}/${pair.id}`}>{t('sideBySide')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('problemsElsewhere')}</h2>
      {problems.length ? (
        <ul className="content-problems-list">
          {problems.map((p, i) => (
            <li key={i}>
              <code>{formatProblems([p])}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noProblems')}</p>
      )}
    </PageFrame>
  );
}
