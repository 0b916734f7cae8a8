// The site's boxes (content/README.md, "The boxes you can use") in the editor's "Insert" menu.
// Each one reads a box written exactly as the guide shows and writes it back byte for byte
// (cms/boxes.test.ts checks every box in content/). A box written any other way is not
// matched, and the editor leaves it as it is, as text.
// Plain JavaScript with no imports: the browser loads it as it is, and the tests import it.

/** content/hotlines.json ids (cms/boxes.test.ts checks that they are the same). */
export const hotlineIds = ['human-trafficking', 'domestic-violence', 'emergency', 'crisis'];
const hotlineOptions = [
  {label: 'Trata de personas · Human trafficking (human-trafficking)', value: 'human-trafficking'},
  {label: 'Violencia doméstica · Domestic violence (domestic-violence)', value: 'domestic-violence'},
  {label: 'Emergencias 911 · Emergency 911 (emergency)', value: 'emergency'},
  {label: 'Crisis 988 (crisis)', value: 'crisis'}
];

/** Text for a preview, with the signs that would be read as HTML written as text. */
const escape = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);
/** A box ends where its line ends (the editor hands each pattern the text from a line on). */
const END = '(?=\\n|$)';

/** A box of one line that names a hotline, like <Hotline id="crisis" />. */
const lineBox = (id, tag, label, icon) => ({
  id,
  label,
  icon,
  fields: [{name: 'id', label: 'Line · Línea', widget: 'select', options: hotlineOptions}],
  pattern: new RegExp(`^<${tag} id="(${hotlineIds.join('|')})" />${END}`),
  fromBlock: (match) => ({id: match[1]}),
  toBlock: ({id}) => `<${tag} id="${id}" />`,
  toPreview: ({id}) => `<p><strong>${escape(label)}:</strong> ${escape(id)}</p>`
});

export const boxes = [
  lineBox('hotline', 'Hotline', 'Hotline · Línea de ayuda', 'call'),
  lineBox('hotline-sharing', 'HotlineSharing', 'What a line may share · Qué puede compartir una línea', 'policy'),
  {
    id: 'callout',
    label: 'Callout · Nota destacada',
    icon: 'info',
    fields: [
      {
        name: 'kind',
        label: 'Kind · Tipo',
        widget: 'select',
        default: 'info',
        options: [
          {label: 'info · información', value: 'info'},
          {label: 'warning · aviso', value: 'warning'},
          {label: 'safety · seguridad', value: 'safety'}
        ]
      },
      {name: 'title', label: 'Title (optional) · Título (opcional)', widget: 'string', required: false},
      {
        name: 'spaced',
        label: 'Empty line inside the box · Línea vacía dentro',
        widget: 'boolean',
        required: false,
        default: false,
        hint: 'Needed when the text holds a list or several paragraphs.'
      },
      {
        name: 'text',
        label: 'Text · Texto',
        widget: 'text',
        hint: 'Markdown: **bold**, [words](/es/ayuda), a list with "- ". No HTML.'
      }
    ],
    // <Callout kind="…" title="…">, the text, </Callout>; an empty line after the opening line and
    // before the closing one, or neither.
    pattern: new RegExp(`^<Callout kind="(info|warning|safety)"(?: title="([^"\\n]*)")?>\\n(\\n)?([\\s\\S]*?)\\n\\3</Callout>${END}`),
    fromBlock: (match) => ({kind: match[1], title: match[2] ?? '', spaced: match[3] === '\n', text: match[4]}),
    toBlock: ({kind, title, spaced, text}) => {
      const gap = spaced ? '\n' : '';
      return `<Callout kind="${kind || 'info'}"${title ? ` title="${title}"` : ''}>\n${gap}${text ?? ''}\n${gap}</Callout>`;
    },
    toPreview: ({kind, title, text}) => `<aside><p><strong>${escape(kind)}${title ? `: ${escape(title)}` : ''}</strong></p><p>${escape(text)}</p></aside>`
  },
  {
    id: 'checklist',
    label: 'Checklist · Lista para marcar',
    icon: 'checklist',
    fields: [
      {
        name: 'items',
        label: 'Items · Puntos',
        widget: 'list',
        field: {name: 'item', label: 'Item · Punto', widget: 'text', hint: 'One point. A long one may take several lines.'}
      }
    ],
    // <Checklist>, an empty line, one "- " line per item (a long item goes on in lines indented by
    // two spaces), an empty line, </Checklist>.
    pattern: new RegExp(`^<Checklist>\\n\\n((?:- [^\\n]+\\n(?:  [^\\n]+\\n)*)+)\\n</Checklist>${END}`),
    fromBlock: (match) => ({
      items: match[1]
        .trimEnd()
        .split(/\n(?=- )/)
        .map((item) => item.slice(2).replaceAll('\n  ', '\n'))
    }),
    toBlock: ({items}) => `<Checklist>\n\n${(items ?? []).map((item) => `- ${String(item).replaceAll('\n', '\n  ')}\n`).join('')}\n</Checklist>`,
    toPreview: ({items}) => `<ul>${(items ?? []).map((item) => `<li>☐ ${escape(item)}</li>`).join('')}</ul>`
  },
  {
    id: 'stats',
    label: 'Figures · Cifras',
    icon: 'bar_chart',
    fields: [
      {
        name: 'figures',
        label: 'Figures · Cifras',
        widget: 'list',
        fields: [
          {name: 'value', label: 'Number · Número', widget: 'string', hint: 'Shown large, like 80 or 27.6 millones.'},
          {name: 'text', label: 'What it counts · Qué cuenta', widget: 'string'}
        ]
      }
    ],
    // <Stats>, then each <Stat value="…">…</Stat> with an empty line before and after, </Stats>.
    pattern: new RegExp(`^<Stats>\\n\\n((?:<Stat value="[^"\\n]*">[^<\\n]*</Stat>\\n\\n)+)</Stats>${END}`),
    fromBlock: (match) => ({
      figures: [...match[1].matchAll(/<Stat value="([^"\n]*)">([^<\n]*)<\/Stat>/g)].map(([, value, text]) => ({value, text}))
    }),
    toBlock: ({figures}) => `<Stats>\n\n${(figures ?? []).map(({value, text}) => `<Stat value="${value ?? ''}">${text ?? ''}</Stat>\n\n`).join('')}</Stats>`,
    toPreview: ({figures}) => `<ul>${(figures ?? []).map(({value, text}) => `<li><strong>${escape(value)}</strong> ${escape(text)}</li>`).join('')}</ul>`
  }
];

/** `![…](/images/name.webp)`, as the editor writes an uploaded image, as the site wants it: `images/name.webp`. */
export const imagesRelative = (markdown) => markdown.replace(/(!\[[^\]\n]*\]\()\/images\//g, '$1images/');
