import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {otherLocale, routing, type Locale} from '@/i18n/routing';
import {PageFrame} from '@/components/PageFrame';
import '@/components/preview/preview.css';
import {SiteScript} from '@/components/SiteScript';
import {allEntries, previewAddress, previewPath} from '@/lib/content';
import {translationStatus} from '@/lib/content/translation-status';

/**
 * Preview only: one page in both languages side by side (stacked on a narrow screen), each in a
 * frame of its own under its title, so an editor compares the two versions paragraph by paragraph.
 * The frames scroll together: scrolling one takes the other to the same point of its page (the
 * same share of its length, since the two languages differ in length).
 */

function scrollTogether() {
  const frames = Array.from(document.querySelectorAll<HTMLIFrameElement>('.side-by-side iframe'));
  // Where this script put each frame: the scroll event that answers it is not followed back.
  const placed = new Map<HTMLIFrameElement, number>();
  const follow = (frame: HTMLIFrameElement) => {
    const win = frame.contentWindow;
    if (!win) return;
    const wasPlaced = placed.get(frame) === Math.round(win.scrollY);
    placed.delete(frame);
    if (wasPlaced) return;
    const room = (w: Window) => Math.max(1, w.document.documentElement.scrollHeight - w.innerHeight);
    const share = win.scrollY / room(win);
    for (const other of frames) {
      const otherWin = other.contentWindow;
      if (other === frame || !otherWin) continue;
      const before = Math.round(otherWin.scrollY);
      otherWin.scrollTo(0, Math.round(share * room(otherWin)));
      if (Math.round(otherWin.scrollY) !== before) placed.set(other, Math.round(otherWin.scrollY));
    }
  };
  const watch = (frame: HTMLIFrameElement) =>
    frame.contentWindow?.addEventListener('scroll', () => follow(frame), {passive: true});
  for (const frame of frames) {
    frame.addEventListener('load', () => watch(frame));
    if (frame.contentDocument?.readyState === 'complete') watch(frame);
  }
}

export const metadata: Metadata = {robots: {index: false, follow: false}};

type Props = {params: Promise<{locale: string; id: string}>};

export function generateStaticParams() {
  return translationStatus().map((pair) => ({id: pair.id}));
}

export default async function SideBySide({params}: Props) {
  const {locale: pageLocale, id} = await params;
  const locale = pageLocale as Locale;
  const t = await getTranslations({locale, namespace: 'Preview'});
  const files = translationStatus().find((pair) => pair.id === id)?.files ?? {};
  const frameTitle = {es: t('frameSpanish'), en: t('frameEnglish')} as const;
  const titles = Object.fromEntries(
    allEntries()
      .filter((e) => e.id === id)
      .map((e) => [e.locale, e.title])
  ) as Partial<Record<Locale, string>>;
  return (
    <PageFrame locale={locale} otherHref={`${previewPath(otherLocale(locale))}/${id}`} searchable={false}>
      <p className="preview-note">{t('previewNote')}</p>
      <h1>{t('sideBySideTitle', {title: titles[locale] ?? titles[otherLocale(locale)] ?? id})}</h1>
      <p>
        <code>id: {id}</code> · <a href={previewPath(locale)}>{t('backToList')}</a>
      </p>
      <div className="side-by-side preview-wide">
        {routing.locales.map((l) => {
          const file = files[l]?.file;
          return file ? (
            <figure key={l}>
              <figcaption>
                {frameTitle[l]}: <span lang={l}>{titles[l] ?? file}</span>
              </figcaption>
              <iframe src={previewAddress(l, file)} title={frameTitle[l]} lang={l} />
            </figure>
          ) : (
            <p key={l}>
              {frameTitle[l]}: {t('missing')}
            </p>
          );
        })}
      </div>
      <SiteScript id="preview-scroll-together" source={`(${scrollTogether.toString()})()`} />
    </PageFrame>
  );
}
