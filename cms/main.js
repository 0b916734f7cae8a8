// The editor's own script: keeps the editor's fonts and icons on this server, registers the
// site's boxes in the "Insert" menu, then starts Sveltia CMS with config.yml (named by the
// <link rel="cms-config-url"> in index.html).
import CMS from '@sveltia/cms';
import {boxes, imagesRelative} from './boxes.mjs';

// Sveltia's npm build brings its fonts (Source Sans 3, Noto Mono, and Material Symbols for the
// icons) in its own folder, but its interface library also writes style rules that load them from
// a CDN. Those rules are pointed at the same files here, before the browser asks for any font;
// the page's Content-Security-Policy blocks the CDN anyway (font-src 'self').
const cdnFont = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[0-9.]+\/([a-z0-9-]+)\.woff2/g;
const localFonts = new URL('./vendor/fonts/', import.meta.url).href;
const mend = (node) => {
  if (node instanceof HTMLStyleElement && cdnFont.test(node.textContent)) {
    node.textContent = node.textContent.replace(cdnFont, (_, name, subset) => `${localFonts}${name}-${subset}.woff2`);
  }
};
document.querySelectorAll('style').forEach(mend);
new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach(mend);
    if (record.type === 'characterData' || record.type === 'childList') mend(record.target);
  }
}).observe(document, {childList: true, subtree: true, characterData: true});

for (const box of boxes) CMS.registerEditorComponent(box);

// Sveltia writes an uploaded image as ![…](/images/name.webp): it cannot write an address relative
// to a folder beside the page's own. The site wants images/name.webp, with nothing before it
// (content/README.md, "Images"), so every save turns the one into the other, in each language.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({entry}) => {
    let updated = entry;
    const paths = [['data', 'body'], ...[...(entry.get('i18n')?.keys() ?? [])].map((locale) => ['i18n', locale, 'data', 'body'])];
    for (const keyPath of paths) {
      const body = updated.getIn(keyPath);
      if (typeof body === 'string') updated = updated.setIn(keyPath, imagesRelative(body));
    }
    return updated;
  }
});
CMS.init();
