'use client';

/**
 * A localized error page; the layout around it keeps the quick exit, banner and hotlines.
 * Its strings come from messages/*.json through data attributes the layout puts on <body>,
 * so no translation library is sent to the browser for a page that should never show.
 */
export default function ErrorPage({reset}: {error: Error & {digest?: string}; reset: () => void}) {
  const strings = typeof document === 'undefined' ? undefined : document.body.dataset;
  return (
    <main id="main" tabIndex={-1}>
      <h1>{strings?.errorTitle}</h1>
      <p className="lead">{strings?.errorText}</p>
      <button type="button" className="button" onClick={() => reset()}>
        {strings?.errorRetry}
      </button>
    </main>
  );
}
