import type {Locale} from '@/i18n/routing';
import {sortedGlossary} from '@/lib/glossary';

/** The few words this component shows besides the glossary itself, in both languages. */
const labels = {
  es: {other: 'En inglés', otherLang: 'en'},
  en: {other: 'In Spanish', otherLang: 'es'}
} as const satisfies Record<Locale, {other: string; otherLang: Locale}>;

/**
 * Every term of content/glossary.json, in alphabetical order in the page's language.
 * Each term's id is its anchor, so pages can link to /es/guias/glosario#visa-t.
 * Rendered on the server; no JavaScript reaches the browser.
 */
export function Glossary({locale}: {locale: Locale}) {
  const {other, otherLang} = labels[locale];
  return (
    <dl className="glossary">
      {sortedGlossary(locale).map((entry) => (
        <div key={entry.id}>
          <dt id={entry.id}>
            <dfn>{entry.term[locale]}</dfn>{' '}
            <span className="small">
              ({other}: <span lang={otherLang}>{entry.term[otherLang]}</span>)
            </span>
          </dt>
          <dd>{entry.definition[locale]}</dd>
        </div>
      ))}
    </dl>
  );
}
