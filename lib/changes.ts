import {z} from 'zod';
import rawChanges from '@/content/changes.json';
import {isoDate, jsonLine, loadRecord, parseRecord, readIfThere, text} from '@/lib/facts';

/**
 * The public "What changed" page (/es/cambios, /en/changes) and the feeds read one data file of
 * dated entries in both languages, newest first: content/changes.json. Corrections are said, not hidden.
 */

export const changesFile = 'content/changes.json';

export const changeSchema = z.strictObject({
  /** The entry's anchor on the page and its id in the feeds: "2026-12-04-hotline-operator". */
  id: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/,
      'an id that starts with the date, like 2026-12-04-hotline-operator'
    ),
  date: isoDate('2026-12-04'),
  title: text('The title'),
  text: text('The text'),
  /** The ids of the pages this change touched (the `id` field of their files). */
  pages: z
    .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a page id, like get-help'))
    .min(1, 'at least one page id')
});

export type Change = z.infer<typeof changeSchema>;

export function parseChanges(data: unknown, file = changesFile, json?: string | (() => string | undefined)): Change[] {
  return parseRecord(changeSchema, data, {
    file,
    json,
    title: 'The list of changes',
    more: (list, ctx) =>
      list.forEach((c, i) => {
        if (!c.id.startsWith(c.date))
          ctx.addIssue({code: 'custom', path: [i, 'id'], message: `an id that starts with its date, ${c.date}`});
        if (i > 0 && c.date > list[i - 1].date) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'date'],
            message: `newest first: this entry is newer than the one above it (${list[i - 1].date})`
          });
        }
      })
  });
}

const record = loadRecord('changes.json', rawChanges);
export const changes: Change[] = parseChanges(record.data, record.file, record.text);

/** Entries that name a page id no content file has: "content/changes.json:12  0.pages.1  ...". */
export function unknownPages(list: Change[], ids: Set<string>, json = readIfThere(changesFile) ?? ''): string[] {
  return list.flatMap((c, i) =>
    c.pages
      .map((id, j) => ({id, j}))
      .filter(({id}) => !ids.has(id))
      .map(({id, j}) => {
        const line = jsonLine(json, [i, 'pages', j]);
        return `  ${changesFile}${line ? `:${line}` : ''}  ${i}.pages.${j}  the id of a page (the "id" field of a file in content/es and content/en), not "${id}"`;
      })
  );
}
