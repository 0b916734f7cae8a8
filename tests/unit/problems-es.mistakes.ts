/** The mistakes of the staff review (2026-12-04), each as a Spanish article (and its English twin). */
const fields = (more: Record<string, string> = {}, drop: string[] = []) => {
  const all: Record<string, string> = {
    id: 'my-article',
    title: '"Cómo guardar copias de tus documentos"',
    description: '"Cómo guardar copias de tus papeles importantes en un lugar seguro, paso a paso."',
    kind: 'article',
    audience: 'survivors',
    topics: '[safety]',
    published: '2026-11-01',
    source: '\n  organization: "Polaris"\n  title: "Recognizing the signs"\n  url: "https://polarisproject.org/"',
    ...more
  };
  return `---\n${Object.entries(all)
    .filter(([k]) => !drop.includes(k))
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n`;
};
const body = '\nGuarda una copia de tus papeles en un lugar seguro.\n';
const en = (more: Record<string, string> = {}) =>
  fields({title: '"How to keep copies of your documents"', ...more}) +
  '\nKeep a copy of your papers in a safe place.\n';
/** [name, Spanish file, English file (null: none), the Spanish file's name]. */
export const mistakes: [string, string, string | null, string?][] = [
  ['missing description', fields({}, ['description']) + body, en()],
  ['bad date', fields({published: '04/12/2026'}) + body, en()],
  ['impossible date', fields({published: '2026-02-30'}) + body, en()],
  ['misspelled box', fields() + body + '\n<Calout kind="info">Hola</Calout>\n', en()],
  ['lower-case box', fields() + body + '\n<hotline id="human-trafficking" />\n', en()],
  ['broken link', fields() + body + '\nLee [cómo navegar](/es/navegar-segura).\n', en()],
  ['missing twin', fields() + body, null],
  ['stray <', fields() + body + '\nSi tienes <18 años, llama.\n', en()],
  ['stray {', fields() + body + '\nUna copia {fotocopia o foto} no basta.\n', en()],
  ['curly quotes', fields({title: '“Documentos: cómo guardar copias”'}) + body, en()],
  ['tab indent', fields({source: '\n\torganization: "Polaris"\n  title: "Recognizing the signs"'}) + body, en()],
  ['title too long', fields({title: `"${'Cómo guardar copias de tus documentos '.repeat(6)}"`}) + body, en()],
  ['image missing', fields() + body + '\n![Un documento de identidad](images/copias-de-documento.jpg)\n', en()],
  ['image no description', fields() + body + '\n![](images/copias.jpg)\n', en()],
  ['image from another site', fields() + body + '\n![Una foto](https://example.org/foto.jpg)\n', en()],
  ['draft in one language', fields({draft: 'true'}) + body, en()],
  ['bad audience', fields({audience: 'sobrevivientes'}) + body, en()],
  ['unknown field', fields({autor: 'Ana'}) + body, en()],
  ['bad topic', fields({topics: '[seguridad]'}) + body, en()],
  ['http link', fields() + body + '\nLee [la página](http://example.org/).\n', en()],
  ['html tag', fields() + body + '\nUna línea<br>otra.\n', en()],
  ['unclosed box', fields() + body + '\n<Callout kind="info">\n\nHola.\n', en()],
  ['reserved name', fields() + body, en(), 'opengraph-image.mdx']
];
