'use client';

import {useTranslations} from 'next-intl';

/** A localized error page; the layout around it keeps the quick exit, banner and hotlines. */
export default function ErrorPage({reset}: {error: Error & {digest?: string}; reset: () => void}) {
  const t = useTranslations('Error');
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('text')}</p>
      <button type="button" className="button" onClick={() => reset()}>
        {t('retry')}
      </button>
    </main>
  );
}
