import type {Locale} from '@/i18n/routing';
import type {Problem} from './load';
import {formatProblems} from './index';

/**
 * The problem lines in Spanish, for the preview's panel on a Spanish page (components/preview/
 * ContentProblems.tsx). `npm run content:check` and the guide's table of messages (content/README.md,
 * section 9) stay in English: the panel shows the check's own line under each Spanish one.
 *
 * Each rule matches one message of the checks as it is written in lib/content/ and says it again in
 * Spanish, keeping what it quotes from the file. tests/unit/problems-es.test.ts makes every mistake of
 * the staff review and checks that each line comes out in Spanish.
 */
type Rule = [RegExp, string];

const field: Record<string, string> = {
  text: 'texto',
  link: 'enlace',
  image: 'imagen',
  file: 'archivo',
  'file name': 'nombre del archivo'
};

const expectedRules: Rule[] = [
  [
    /^a date written as YYYY-MM-DD, like (\S+)(?: \(or with the time, like (.+)\))?$/,
    'una fecha escrita como AAAA-MM-DD (año, mes, día), como $1, de un día que exista'
  ],
  [/^a (title|description) of (\d+) to (\d+) characters$/, '{$1} de $2 a $3 caracteres'],
  [/^a (title|description) of at least (\d+) characters.*$/, '{$1} de $2 caracteres como mínimo'],
  [/^a (title|description) of at most (\d+) characters.*$/, '{$1} de $2 caracteres como máximo'],
  [/^one of the components (.+)$/, 'una de las cajas que se pueden usar, escrita igual: $1'],
  [
    /^Markdown instead of HTML tags \(allowed components: (.+)\)$/,
    'texto sin etiquetas como <b> o <br>; las cajas se escriben con mayúscula inicial: $1'
  ],
  [
    /^a link to a page of this site that exists: did you mean (\S+)\?$/,
    'un enlace a una página de este sitio que exista: ¿querías decir $1?'
  ],
  [/^a link to a page of this site that exists(.*)$/, 'un enlace a una página de este sitio que exista$1'],
  [
    /^a matching file in content\/(\w+)\/ with "id: (.+)" \(every page exists in both languages\)$/,
    'un archivo en content/$1/ con «id: $2» (cada página existe en los dos idiomas)'
  ],
  [
    /^\\< to show the sign, like (.+), or the words "menos de" \/ "less than" \(a < starts a box like <Callout>\)$/,
    '\\< para mostrar el signo, como $1, o las palabras «menos de» (un < abre una caja como <Callout>)'
  ],
  [
    /^\\\{ and \\\} to show braces, like (.+), or no braces$/,
    '\\{ y \\} para mostrar las llaves, como $1, o quitar las llaves'
  ],
  [
    /^\\\{ and \\\} to show braces, or no braces.*$/,
    '\\{ y \\} para mostrar las llaves, o quitar las llaves (las llaves no se muestran como texto)'
  ],
  [
    /^straight quotes: replace the curly quotes “ ” with straight quotes ", like (.+)$/,
    'comillas rectas: cambia las comillas curvas “ ” por comillas rectas ", así: $1'
  ],
  [
    /^spaces instead of the tab: replace the tab with spaces$/,
    'espacios en lugar del tabulador: bórralo y escribe dos espacios'
  ],
  [
    /^an image saved in content\/images\/ with this name \(put the file there, or correct the name\)$/,
    'una imagen guardada en content/images/ con este nombre (pon el archivo allí o corrige el nombre)'
  ],
  [
    /^an image in content\/images\/, like (\S+) \(the nearest name there\)$/,
    'una imagen de content/images/, como $1 (el nombre más parecido que hay allí)'
  ],
  [
    /^a short description of the image in Spanish between the square brackets, like (.+): people who cannot see the image hear or read it instead$/,
    'una descripción corta de la imagen, en español, entre los corchetes, como $1: quien no puede ver la imagen la oye o la lee'
  ],
  [
    /^an image saved in content\/images\/ and written as images\/<file name>: .*$/,
    'una imagen guardada en content/images/ y escrita como images/<nombre del archivo>: cargar una imagen de otro sitio le dice a ese sitio quién lee esta página, y cuándo'
  ],
  [
    /^an image of at most (\d+) KB: .*$/,
    'una imagen de $1 KB como máximo: hazla de 800 píxeles de ancho como máximo y guárdala como JPEG o WebP con calidad 60 (content/README.md, «Images», explica cómo)'
  ],
  [
    /^"draft: true" here too, or publish both \(remove "draft: true" from (\S+)\)$/,
    '«draft: true» también aquí, o publicar las dos (quita «draft: true» de $1)'
  ],
  [
    /^a link to a published page: remove the link, or publish that page \(remove "draft: true" from (\S+)\)$/,
    'un enlace a una página publicada: quita el enlace, o publica esa página (quita «draft: true» de $1)'
  ],
  [
    /^an id of its own: give this file a new id, and the same new id in its (\w+) version$/,
    'un id propio: dale a este archivo un id nuevo, y el mismo id nuevo a su versión en el otro idioma'
  ],
  [/^another name for the file: the site uses "(.+)" itself$/, 'otro nombre para el archivo: el sitio ya usa «$1»'],
  [/^only the fields listed in content\/README\.md$/, 'solo los campos de la lista de content/README.md'],
  [/^a topic from the list: (.+)$/, 'un tema de la lista: $1'],
  [/^a list of topics, like (.+)$/, 'una lista de temas, como $1'],
  [/^one of (.+)$/, 'uno de estos valores: $1'],
  [/^true or false$/, 'true (sí) o false (no)'],
  [/^the name of the organization$/, 'el nombre de la organización'],
  [/^the title of the source$/, 'el título de la fuente'],
  [
    /^an id in lowercase letters, numbers and hyphens, the same in both languages$/,
    'un id en minúsculas, números y guiones, el mismo en los dos idiomas'
  ],
  [
    /^a full, secure web address starting with https:\/\/$/,
    'una dirección web completa y segura, que empiece por https://'
  ],
  [
    /^a link starting with \/es\/ or \/en\/ \(this site\), https:\/\/ \(another site\), mailto:, tel: or sms:.*$/,
    'un enlace que empiece por /es/ o /en/ (este sitio), https:// (otro sitio), mailto:, tel: o sms:; un enlace http:// deja ver la dirección completa a quien vigile la red'
  ],
  [
    /^<\/(\w+)> on a line of its own where the box should end.*$/,
    '</$1> en una línea sola, donde termina la caja (una caja sin nada dentro termina con />, como <Hotline id="crisis" />)'
  ],
  [
    /^the component (.+) instead: (\S+) (.+) changes in the world, so it is written once, in (\S+), and every page follows it$/,
    'la caja $1 en su lugar: este dato cambia con el tiempo, así que se escribe una sola vez, en $4, y todas las páginas lo toman de allí'
  ],
  [
    /^the file saved as UTF-8.*$/,
    'el archivo guardado como UTF-8: en tu editor de texto elige «Guardar con codificación» y luego UTF-8'
  ],
  [/^a name ending in \.mdx$/, 'un nombre que termine en .mdx']
];

const foundRules: Rule[] = [
  [/^none$/, 'ninguno'],
  [/^nothing$/, 'nada'],
  [/^(".*") \((\d+) characters\)$/, '$1 ($2 caracteres)'],
  [/^the sign < in (.+)$/, 'el signo < en $1'],
  [/^the brace \{ in (.+)$/, 'la llave { en $1'],
  [/^curly quotes in (.+)$/, 'comillas curvas en $1'],
  [/^a tab before the field (.+)$/, 'un tabulador antes del campo $1'],
  [/^(\S+) \(no such file\)$/, '$1 (no hay ningún archivo con ese nombre)'],
  [/^(\S+) \((\d+) KB\)$/, '$1 ($2 KB)'],
  [/^(!\[\]\(.*\)), with no description$/, '$1, sin descripción'],
  [/^its Spanish version is a draft \((.+)\)$/, 'su versión en español es un borrador ($1)'],
  [/^its English version is a draft \((.+)\)$/, 'su versión en inglés es un borrador ($1)'],
  [/^an unknown field (.+)$/, 'un campo desconocido, $1'],
  [/^the box (<\w+>) that starts on line (\d+), never closed$/, 'la caja $1 que empieza en la línea $2, sin cerrar'],
  [/^(\S+), a draft that will not be on the site$/, '$1, un borrador que no estará en el sitio'],
  [
    /^(.+), the id of (\S+) \(this file looks like a copy of it\)$/,
    '$1, el id de $2 (este archivo parece una copia de él)'
  ],
  // Quoted from the file as it is: a box, an address, a value with no words of the check's own.
  [/^(<\/?\w+>|[^\s]+)$/, '$1']
];

const words: Record<string, string> = {title: 'un título', description: 'una descripción'};

function say(rules: Rule[], text: string): string | null {
  for (const [pattern, spanish] of rules) {
    const m = pattern.exec(text);
    if (m)
      return spanish
        .replace(/\{(\w+)\}/g, (_, w: string) => words[w] ?? w)
        .replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
  }
  return null;
}

/** A problem in Spanish, or null for a message no rule knows yet (the panel then shows the check's line alone). */
export function problemInSpanish(p: Problem): {field: string; expected: string; found: string} | null {
  const expected = say(expectedRules, p.expected);
  const found = say(foundRules, p.found);
  return expected !== null && found !== null ? {field: field[p.field] ?? p.field, expected, found} : null;
}

/** One problem as a line in the page's language: file:line  field  expected  found, in words of that language. */
export function problemLine(p: Problem, locale: Locale): string {
  const spanish = locale === 'es' ? problemInSpanish(p) : null;
  if (!spanish) return formatProblems([p]);
  return `${p.file}:${p.line}  ${spanish.field}  se esperaba ${spanish.expected}  se encontró ${spanish.found}`;
}
