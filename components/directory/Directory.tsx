import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {SiteScript} from '@/components/SiteScript';
import {ReviewNote} from '@/components/facts/Facts';
import {HotlineStrip} from '@/components/HotlineCard';
import {hotlines} from '@/lib/hotlines';
import {fixedPaths} from '@/lib/content';
import {discreetPlaceHref, placePath} from '@/lib/pages';
import {Share} from '@/components/share/Share';
import {absoluteUrl} from '@/lib/metadata';
import {placesIn, type Place} from '@/lib/directory-places';
import {directoryOf, kindKey, languageNames, localEntries, smsHref, telHref, type DirectoryEntry} from '@/lib/directory';
import {armDirectoryFilter} from './filter-script';


/** The directory's own styles: only its pages carry them (the CSP allows them by hash like the rest). */
const styles = `.directory-places{columns:2 10rem;padding:0;list-style:none}.directory-places li{padding:.2rem 0;break-inside:avoid}
.directory-entries{list-style:none;padding:0}.directory-entry{border-top:1px solid var(--line);padding:.8rem 0}
.directory-entry h3{margin:0 0 .3rem}.directory-entry p{margin:.3rem 0}.directory-entry dl{margin:.3rem 0}
.directory-entry dt{display:inline;font-weight:700}.directory-entry dt::after{content:": "}.directory-entry dd{display:inline;margin:0}
.directory-entry dd::after{content:"";display:block}.directory-entry .fact-review{font-size:.9rem;color:var(--muted)}
.directory-entry .fact-review::first-letter{text-transform:uppercase}.directory-actions{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}.directory-actions li{max-width:100%}.directory-actions a{max-width:100%;white-space:normal;overflow-wrap:anywhere}
.directory-filter{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;border:1px solid var(--line);padding:.5rem .8rem;margin:1rem 0}
.directory-filter p{margin:0;flex-basis:100%}.directory-filter select{font:inherit;min-height:2.75rem;max-width:100%}.directory-filter label{display:flex;flex-direction:column;max-width:100%}
@media print{.directory-filter,.directory-back,.directory a[href^="https:"].button{display:none!important}.directory-entry{break-inside:avoid;padding:.3rem 0}
.directory .button{border:0;padding:0;min-height:0}.directory .hotline-strip{padding:.3rem .6rem;margin:.5rem 0}.directory .hotline-strip li{display:flex;flex-wrap:wrap;gap:0 1rem;margin:0}
.directory .hotline-strip-name{margin:0}.directory .hotline-strip-actions{gap:0 1rem}.directory-entry h3{margin:0}.directory h2{margin:.6rem 0 0}}`;

function DirectoryStyles() {
  return <style>{styles}</style>;
}

/** The list of places (/es/ayuda-cerca, /en/help-near-you): plain links, in the page's language's order. */
export async function DirectoryList({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Directory'});
  return (
    <article className="entry directory">
      <DirectoryStyles />
      <header className="entry-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </header>
      <nav aria-label={t('listLabel')}>
        <ul className="directory-places">
          {placesIn(locale).map((place) => (
            <li key={place.id}>
              <a href={placePath(locale, place)} data-place={place.id}>
                {place.name[locale]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t('privacy')}</p>
    </article>
  );
}

/**
 * One place's page: the national lines first, then its entries and the ones that serve every place,
 * grouped by kind of help, each with how to reach them and when and how it was checked. Never an
 * address. An optional filter by language and kind (a small script of the site's own).
 */
export async function PlacePage({place, locale}: {place: Place; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Directory'});
  const discreet = await getTranslations({locale, namespace: 'Discreet'});
  const groups = directoryOf(place);
  const name = place.name[locale];
  const all = groups.flatMap((g) => g.entries);
  const spoken = Object.keys(languageNames).filter((code) => all.some((e) => e.languages?.includes(code)));
  return (
    <article
      className="entry directory"
      data-directory=""
      // For search results (components/search/): the kind of page is the directory.
      data-pagefind-meta="kind[data-kind]"
      data-kind={t('title')}
    >
      <DirectoryStyles />
      <header className="entry-header">
        <h1>{t('placeTitle', {place: name})}</h1>
        <p className="lead">{t('placeIntro', {place: name})}</p>
      </header>
      <HotlineStrip ids={hotlines.map((h) => h.id)} locale={locale} label={t('nationalLines')} />
      {/* Hidden until the script arms it: without JavaScript every entry shows. */}
      <div
        className="directory-filter"
        hidden
        data-directory-filter=""
        data-shown={t('filterShown', {shown: '{shown}', total: '{total}'})}
        data-pagefind-ignore=""
      >
        <p>{t('filterTitle')}</p>
        <label>
          {t('filterLanguage')}
          <select data-filter="language" defaultValue="">
            <option value="">{t('filterAll')}</option>
            {spoken.map((code) => (
              <option key={code} value={code}>
                {languageNames[code][locale]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterKind')}
          <select data-filter="kind" defaultValue="">
            <option value="">{t('filterAll')}</option>
            {groups.map((g) => (
              <option key={g.kind} value={g.kind}>
                {t(kindKey[g.kind])}
              </option>
            ))}
          </select>
        </label>
        <p role="status" />
      </div>
      {localEntries(place).length ? null : <p>{t('noLocalYet', {place: name})}</p>}
      {groups.map((g) => (
        <section key={g.kind} data-group={g.kind} aria-labelledby={`group-${g.kind}`}>
          <h2 id={`group-${g.kind}`}>{t(kindKey[g.kind])}</h2>
          <ul className="directory-entries">
            {g.entries.map((entry) => (
              <DirectoryItem key={entry.id} entry={entry} locale={locale} />
            ))}
          </ul>
        </section>
      ))}
      <p>{t('privacy')}</p>
      <Share
        locale={locale}
        url={absoluteUrl(placePath(locale, place))}
        discreetUrl={absoluteUrl(discreetPlaceHref(locale, place))}
        title={t('placeTitle', {place: name})}
        discreetTitle={discreet('title')}
      />
      <p className="directory-back">
        <a href={fixedPaths(locale).directory}>{t('allPlaces')}</a>
      </p>
      <SiteScript source={`(${armDirectoryFilter.toString()})(document.querySelector("[data-directory-filter]"))`} />
    </article>
  );
}

/**
 * A number as the listing writes it, each part whole: "1-800-522-7233 (1-800-522-SAFE)" may go over
 * two lines at large text sizes, between the number and its letters, never inside either.
 */
function PhoneDisplay({display}: {display: string}) {
  const [number, ...rest] = display.split(' ');
  return (
    <>
      <span className="number">{number}</span>
      {rest.length ? <> <span className="number">{rest.join(' ')}</span></> : null}
    </>
  );
}

async function DirectoryItem({entry, locale}: {entry: DirectoryEntry; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Directory'});
  const list = new Intl.ListFormat(locale, {type: 'conjunction'});
  return (
    <li className="directory-entry" data-entry={entry.id} data-kind={entry.kind} data-languages={(entry.languages ?? []).join(' ')}>
      <h3>{entry.organization}</h3>
      <p>{entry.service[locale]}</p>
      {entry.phones?.length || entry.url ? (
        <ul className="directory-actions">
          {entry.phones?.map((phone) => (
            <li key={phone.number}>
              {phone.calls === false ? null : (
                <a className="button" href={telHref(phone.number)}>
                  {t('call')} <PhoneDisplay display={phone.display} />
                </a>
              )}
              {phone.texts ? (
                <>
                  {' '}
                  <a className={phone.calls === false ? 'button' : 'button button-secondary'} href={smsHref(phone.number)}>
                    {t('text')} <PhoneDisplay display={phone.display} />
                  </a>
                </>
              ) : null}
              {phone.note ? <span className="hotline-note">{phone.note[locale]}</span> : null}
            </li>
          ))}
          {entry.url ? (
            <li>
              <a href={entry.url} rel="noreferrer">
                {entry.kind === 'finder' ? t('otherSite', {host: new URL(entry.url).hostname}) : `${t('website')}: ${new URL(entry.url).hostname}`}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      <dl>
        {entry.languages?.length ? (
          <>
            <dt>{t('staffLanguages')}</dt>
            <dd>{list.format(entry.languages.map((code) => languageNames[code][locale]))}</dd>
          </>
        ) : null}
        {entry.eligibility ? (
          <>
            <dt>{t('serves')}</dt>
            <dd>{entry.eligibility[locale]}</dd>
          </>
        ) : null}
        {entry.fees ? (
          <>
            <dt>{t('cost')}</dt>
            <dd>{entry.fees[locale]}</dd>
          </>
        ) : null}
        <dt>{t('area')}</dt>
        <dd>{entry.service_area[locale]}</dd>
      </dl>
      {entry.interpreters ? <p>{t('interpreters')}</p> : null}
      <ReviewNote review={entry.review} locale={locale} />
    </li>
  );
}
