import fs from 'node:fs';
import path from 'node:path';
import {LineCounter, parseDocument} from 'yaml';
import {z} from 'zod';
import type {Locale} from '@/i18n/routing';
import {DataFileError, isReviewStale, jsonLine, parseRecord, reviewSchema, text} from '@/lib/facts';
import {httpsUrl, phoneNumber} from '@/lib/hotlines';
import {places, type Place} from '@/lib/directory-places';

/**
 * The directory by place ("Help near you"): one YAML file per place in content/directory/
 * (<place id>.yaml) and content/directory/national.yaml for what serves every place. Each file is a
 * list of entries. Field names follow the Open Referral Human Services Data Specification (HSDS)
 * where it has one: organization, service, phones, url, languages, service_area, fees. Checked here
 * with the same messages (file:line  field  what to write) as the other records (lib/facts.ts).
 */

export const DIRECTORY_DIR = 'content/directory';
export const NATIONAL_FILE = 'national';

/** The kinds of help, in the order the page shows them. */
export const directoryKinds = ['immigration-legal', 'work', 'violence', 'trafficking', 'consulate', 'finder'] as const;
export type DirectoryKind = (typeof directoryKinds)[number];

/** Each kind's heading in the UI strings. */
export const kindKey = {
  'immigration-legal': 'kindImmigrationLegal',
  work: 'kindWork',
  violence: 'kindViolence',
  trafficking: 'kindTrafficking',
  consulate: 'kindConsulate',
  finder: 'kindFinder'
} as const satisfies Record<DirectoryKind, string>;

/**
 * Kinds whose safety may depend on not being found: no street address anywhere in their entry.
 * (The directory shows no street address for any kind; for these, one is refused even in the text.)
 */
export const confidentialKinds: readonly DirectoryKind[] = ['violence', 'trafficking'];

/** Languages staff may speak, as ISO 639 codes (two letters, or three for languages without two). */
export const languageNames: Record<string, Record<Locale, string>> = {
  es: {es: 'español', en: 'Spanish'},
  en: {es: 'inglés', en: 'English'},
  pt: {es: 'portugués', en: 'Portuguese'},
  fr: {es: 'francés', en: 'French'},
  ht: {es: 'criollo haitiano', en: 'Haitian Creole'},
  zh: {es: 'chino', en: 'Chinese'},
  vi: {es: 'vietnamita', en: 'Vietnamese'},
  ko: {es: 'coreano', en: 'Korean'},
  tl: {es: 'tagalo', en: 'Tagalog'},
  ar: {es: 'árabe', en: 'Arabic'},
  ru: {es: 'ruso', en: 'Russian'},
  hi: {es: 'hindi', en: 'Hindi'},
  mam: {es: 'mam', en: 'Mam'},
  quc: {es: 'quiché (k’iche’)', en: 'K’iche’'},
  kjb: {es: 'q’anjob’al', en: 'Q’anjob’al'}
};

const languageCodes = Object.keys(languageNames);

/** A street address: a house number followed by a street word ("1200 Main St", "Calle 5 #12"). */
const streetAddress =
  /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[\p{L}'.-]+\s+){0,4}(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|pkwy|parkway|hwy|highway|suite|ste)\b\.?|\b(?:calle|avenida|ave\.?|carretera)\s+[\p{L}\d'.-]+(?:\s+[\p{L}\d'.-]+){0,3}\s*#?\s*\d{1,6}\b|\bP\.?\s?O\.?\s+Box\b/iu;

const addressFields = ['address', 'street', 'address_1', 'physical_address', 'location'];

const phone = z.strictObject({
  number: phoneNumber,
  display: z.string().trim().min(3, 'the number as people should read it, like 713-271-6800'),
  /** true when the number takes text messages (an sms: link is shown). */
  texts: z.boolean({error: 'true or false: whether this number takes text messages'}).optional(),
  /** false for a number that only takes text messages (no tel: link is shown). */
  calls: z.boolean({error: 'true or false: whether this number takes calls'}).optional(),
  note: text('The note on this number').optional()
});

const entryFields = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in lowercase letters, numbers and hyphens'),
  kind: z.enum(directoryKinds, {
    error: `one of ${directoryKinds.map((k) => `"${k}"`).join(', ')} (the kind of help)`
  }),
  /** HSDS organization.name. */
  organization: z.string({error: 'the name of the organization is missing'}).trim().min(2, 'the name of the organization'),
  /** HSDS service.description: what they do, one or two plain sentences. */
  service: text('What they do'),
  /** HSDS phone. */
  phones: z.array(phone).optional(),
  /** HSDS service.url (or organization.url). */
  url: httpsUrl.optional(),
  /** HSDS language: the languages their own staff speak. */
  languages: z
    .array(
      z.enum(languageCodes as [string, ...string[]], {
        error: `a language code: one of ${languageCodes.join(', ')} (add a new one to lib/directory.ts)`
      })
    )
    .optional(),
  /** Interpreters for other languages (kept apart from the staff's own languages). */
  interpreters: z.boolean({error: 'true or false: whether they offer interpreters'}).optional(),
  /** HSDS eligibility: who they serve ("any immigration status", "youth"). */
  eligibility: text('Who they serve').optional(),
  /** HSDS service.fees_description. */
  fees: text('What it costs').optional(),
  /** HSDS service_area.description: the city or region served, never a street address. */
  service_area: text('The area they serve'),
  /** When, how and against what the entry was checked (lib/facts.ts): shown on the page. */
  review: reviewSchema
});

export type DirectoryEntry = z.infer<typeof entryFields>;

const entrySchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (!value || typeof value !== 'object') return;
    const entry = value as Record<string, unknown>;
    const confidential = confidentialKinds.includes(entry.kind as DirectoryKind);
    for (const field of addressFields) {
      if (field in entry) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: confidential
            ? 'no street address for this kind of help: its safety depends on not being found. Write only the city or region in service_area'
            : 'the directory shows no street address: write the city or region in service_area'
        });
      }
    }
    if (!confidential) return;
    const texts: [PropertyKey[], unknown][] = [
      [['organization'], entry.organization],
      ...(['service', 'service_area', 'eligibility'] as const).flatMap((key) =>
        (['es', 'en'] as const).map((l): [PropertyKey[], unknown] => [
          [key, l],
          (entry[key] as Record<string, unknown> | undefined)?.[l]
        ])
      )
    ];
    for (const [where, said] of texts) {
      if (typeof said === 'string' && streetAddress.test(said)) {
        ctx.addIssue({
          code: 'custom',
          path: where,
          message:
            'this looks like a street address: no street address for this kind of help, its safety depends on not being found. Write only the city or region'
        });
      }
    }
  })
  .pipe(
    z.unknown().transform((value) => {
      // Address fields were reported above; leave them out so the strict check does not say it twice.
      if (!value || typeof value !== 'object') return value;
      return Object.fromEntries(Object.entries(value).filter(([k]) => !addressFields.includes(k)));
    })
  )
  .pipe(entryFields) as unknown as z.ZodType<DirectoryEntry>;

/**
 * Parses one directory file's text (a YAML list of entries). On a problem throws one DataFileError
 * listing each problem with its file, line and field, in plain words.
 */
export function parseDirectoryFile(yamlText: string, file: string): DirectoryEntry[] {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, {lineCounter: counter, prettyErrors: false});
  if (doc.errors.length) {
    const lines = doc.errors.map((error) => {
      const line = counter.linePos(error.pos[0]).line;
      return `  ${file}:${line}  the file is not valid YAML near here: check the indentation (two spaces for each level) and that a value with ": " or "#" in it is in quotes`;
    });
    throw new DataFileError(`The directory file ${file} has problems:\n${lines.join('\n')}`);
  }
  const data = doc.toJS() ?? [];
  if (!Array.isArray(data)) {
    throw new DataFileError(
      `The directory file ${file} has problems:\n  ${file}:1  (whole file)  a list of entries, each starting with "- id: " (or [] for none yet)`
    );
  }
  return parseRecord(entrySchema, data, {file, json: yamlText, title: `The directory file ${file}`});
}

/** The entries of one file of content/directory/ (none when the file is not there). */
function readDirectoryFile(id: string, dir = DIRECTORY_DIR): DirectoryEntry[] {
  const file = path.join(dir, `${id}.yaml`);
  let yamlText: string;
  try {
    yamlText = fs.readFileSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file), 'utf8');
  } catch {
    return [];
  }
  return parseDirectoryFile(yamlText, file);
}

export type PlaceDirectory = {place: Place; entries: DirectoryEntry[]};

let cache: {national: DirectoryEntry[]; byPlace: Map<string, DirectoryEntry[]>} | undefined;

function load() {
  if (cache && process.env.NODE_ENV === 'production') return cache;
  cache = {
    national: readDirectoryFile(NATIONAL_FILE),
    byPlace: new Map(places.map((place) => [place.id, readDirectoryFile(place.id)]))
  };
  return cache;
}

/** A place's own entries (content/directory/<place id>.yaml). */
export function localEntries(place: Place): DirectoryEntry[] {
  return load().byPlace.get(place.id) ?? [];
}

/** A place's own entries, then the ones that serve every place, grouped by kind in page order. */
export function directoryOf(place: Place): {kind: DirectoryKind; entries: DirectoryEntry[]}[] {
  const {national, byPlace} = load();
  const all = [...(byPlace.get(place.id) ?? []), ...national];
  return directoryKinds
    .map((kind) => ({kind, entries: all.filter((e) => e.kind === kind)}))
    .filter((group) => group.entries.length > 0);
}

/** The newest check of a place's entries (the sitemap's last-modified date). */
export function newestCheck(place: Place): string | undefined {
  return directoryOf(place)
    .flatMap((g) => g.entries.map((e) => e.review.date))
    .sort()
    .at(-1);
}

/** Months after which an entry is due for a new check (a warning, never a failure). */
export const DIRECTORY_REVIEW_MONTHS = 12;

export type DirectoryCheck = {problems: string[]; stale: string[]; count: number};

/**
 * What `npm run content:check` says about the directory: every problem of every file (each file is
 * checked, so one broken file does not hide another's problems), and the entries past their check.
 */
export function checkDirectory(today: Date | string, dir = DIRECTORY_DIR): DirectoryCheck {
  const problems: string[] = [];
  const stale: string[] = [];
  let count = 0;
  const known = new Set([NATIONAL_FILE, ...places.map((p) => p.id)]);
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml') || n.endsWith('.json'));
  } catch {
    return {problems, stale, count};
  }
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    const id = name.replace(/\.(ya?ml|json)$/, '');
    if (!name.endsWith('.yaml') || !known.has(id)) {
      problems.push(
        `  ${file}  (file name)  a place id with .yaml, like texas.yaml or national.yaml (the list of places is in lib/directory-places.ts)`
      );
      continue;
    }
    const yamlText = fs.readFileSync(file, 'utf8');
    try {
      const entries = parseDirectoryFile(yamlText, file);
      count += entries.length;
      entries.forEach((entry, i) => {
        if (isReviewStale(entry.review.date, today, DIRECTORY_REVIEW_MONTHS)) {
          const line = jsonLine(yamlText, [i, 'review', 'date']);
          stale.push(
            `  ${file}${line ? `:${line}` : ''}  ${entry.id}: checked on ${entry.review.date}, more than ${DIRECTORY_REVIEW_MONTHS} months ago: check it again, then write the day and how in "review"`
          );
        }
      });
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      problems.push(...error.message.split('\n').slice(1));
    }
  }
  return {problems, stale, count};
}

/** Links to call and to text a directory number. */
export {smsHref, telHref} from '@/lib/hotlines';
