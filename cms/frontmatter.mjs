// The editor's way of writing the fields at the top of a page, reproduced in Node for the one-time
// normalisation (cms/normalise.mjs) and the tests. Sveltia CMS cannot run outside a browser, so
// this follows its documented output options and its source (save/serialize.js and
// file/format.js of sveltia-cms): the canonical slug (`id`) first, then the fields in the order of
// config.yml, then any other field in alphabetical order; empty optional fields left out
// (output.omit_empty_optional_fields); strings trimmed; the `yaml` library (the one Sveltia uses)
// with output.yaml: indent 2, lists indented, no line folding, every string in double quotes;
// then "---", an empty line, the text, and one line end. cms/fixtures/ holds a file the editor
// itself saved, and cms/frontmatter.test.ts checks this gives the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse, stringify} from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
export const config = parse(fs.readFileSync(path.join(here, 'config.yml'), 'utf8'));
const collection = config.collections[0];
const canonicalKey = config.i18n.canonical_slug.key;
const bodyKey = 'body';
const yamlOptions = config.output.yaml;

const isEmpty = (value) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/** The fields of config.yml in order, with what the editor fills in for a field left out. */
function order(fields, values) {
  const out = {};
  for (const field of fields) {
    if (field.name === bodyKey) continue;
    let value = values[field.name];
    if (value === undefined && field.widget === 'boolean') value = field.default ?? false;
    if (field.widget === 'object' && value && typeof value === 'object') value = order(field.fields, value);
    if (typeof value === 'string') value = value.trim();
    if (field.required === false && isEmpty(value)) continue;
    if (value !== undefined) out[field.name] = value;
  }
  for (const key of Object.keys(values).sort()) if (!(key in out) && !fields.some((f) => f.name === key)) out[key] = values[key];
  return out;
}

/** The fields in the editor's order: the id first, then as config.yml lists them. */
export function orderFields(values) {
  const rest = order(collection.fields, values);
  return canonicalKey in rest ? {[canonicalKey]: rest[canonicalKey], ...rest} : rest;
}

/** The block of fields as the editor writes it, without the --- lines. */
export function formatFields(values) {
  const quote = yamlOptions.quote === 'double';
  return stringify(orderFields(values), null, {
    indent: yamlOptions.indent_size ?? 2,
    indentSeq: yamlOptions.indent_sequences ?? true,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: quote ? 'QUOTE_DOUBLE' : 'PLAIN',
    singleQuote: !quote
  }).trim();
}

/** Splits a page file into its fields (as data) and its text. */
export function readPage(source) {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source.replace(/\r\n?/g, '\n'));
  if (!match) throw new Error('expected a block of fields between two lines of ---');
  return {fields: parse(match[1]) ?? {}, body: source.replace(/\r\n?/g, '\n').slice(match[0].length)};
}

/** A whole page file as the editor writes it. */
export function formatPage({fields, body}) {
  const text = body.trim();
  return `---\n${formatFields(fields)}\n---\n${text ? `\n${text}\n` : ''}`;
}

/** The same page, written the editor's way. */
export const normalisePage = (source) => formatPage(readPage(source));
