// The content folder is read only through plain files and real folders. A symbolic link (a
// "shortcut") in content/ could point anywhere: to a file outside the project (then published), to
// /proc/self/environ (then printed in a message), to /dev/zero or a named pipe (then every read hangs).
// So nothing here follows a link, and nothing waits on a pipe: entries are looked at with lstat, and
// files are opened with O_NOFOLLOW | O_NONBLOCK and checked with fstat before a byte is read.
// Used by the content check (lib/content/), the build's fingerprint (build.mjs) and postexport.mjs.
import fs from 'node:fs';
import path from 'node:path';

/** @typedef {'file' | 'folder' | 'link' | 'device' | 'pipe' | 'socket' | 'missing'} EntryKind */

/** What an entry is, from its lstat (or fstat): a link is a link, never what it points to. */
export function kindOf(stat) {
  if (stat.isSymbolicLink()) return 'link';
  if (stat.isFile()) return 'file';
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'pipe';
  if (stat.isSocket()) return 'socket';
  return 'device';
}

/** The kind of the entry at `file`, without following it; 'missing' when there is none. */
export function entryKind(file) {
  try {
    return kindOf(fs.lstatSync(file));
  } catch {
    return 'missing';
  }
}

/**
 * Every entry under `dir` that is neither a plain file nor a real folder, looking inside real folders
 * only (`dir` itself may be a link to a folder, as CONTENT_DIR may be). Names starting with "." are
 * left out, as the content check leaves them out (an editor's lock file is often a link). `target`
 * is where a link points, read from the link itself.
 * @returns {{file: string, kind: EntryKind, target?: string}[]}
 */
export function unusualEntries(dir) {
  return fs.statSync(dir, {throwIfNoEntry: false})?.isDirectory() ? unusualEntriesIn(dir) : [];
}

function unusualEntriesIn(dir) {
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      const kind = entryKind(file);
      if (kind === 'folder') return unusualEntriesIn(file);
      if (kind === 'file' || kind === 'missing') return [];
      return [kind === 'link' ? {file, kind, target: fs.readlinkSync(file)} : {file, kind}];
    });
}

const NO_FOLLOW = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a plain file, read without following a link or waiting on a pipe.
 * @param {string} file
 * @param {number} [maxBytes] a larger file is not read: only its size and its first 4 KB are returned
 * @returns {{bytes: Buffer} | {kind: EntryKind} | {size: number, head: Buffer}}
 */
export function readPlainFile(file, maxBytes = Infinity) {
  let fd;
  try {
    fd = fs.openSync(file, NO_FOLLOW);
  } catch (error) {
    // O_NOFOLLOW refuses a link with ELOOP; anything else (gone, no permission) is told by its kind.
    return {kind: error.code === 'ELOOP' ? 'link' : entryKind(file)};
  }
  try {
    const stat = fs.fstatSync(fd);
    const kind = kindOf(stat);
    if (kind !== 'file') return {kind};
    // Too large: only the start is read (the content check finds a text's id there).
    const size = stat.size > maxBytes ? Math.min(stat.size, 4096) : stat.size;
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    if (stat.size > maxBytes) return {size: stat.size, head: bytes.subarray(0, read)};
    return {bytes: bytes.subarray(0, read)};
  } finally {
    fs.closeSync(fd);
  }
}

/** Names the kinds in plain words, for messages. */
export const kindInWords = {
  link: 'a shortcut (symbolic link)',
  device: 'a device file, not a real file',
  pipe: 'a named pipe (FIFO), not a real file',
  socket: 'a socket, not a real file',
  folder: 'a folder, not a file',
  missing: 'missing',
  file: 'a file'
};

/**
 * What to do about an entry of content/ that is not a plain file or folder, in plain words. The site
 * never reads through one: a shortcut could publish a file from outside the project or print a
 * secret one in a message, and a device or a named pipe would make the check and the build wait for ever.
 * @param {EntryKind} kind
 * @param {string} [target] where a link points
 */
export function notPlainMessage(kind, target) {
  if (kind === 'link') {
    const to = target === undefined ? '' : ` to ${target.length > 60 ? `${target.slice(0, 57)}...` : target}`;
    return {
      expected:
        'a real file or folder saved in content/, not a shortcut: delete the shortcut and put a copy of the file itself here ' +
        '(the site never follows shortcuts, so nothing from outside content/ is published)',
      found: `${kindInWords.link}${to}`
    };
  }
  return {
    expected: 'only text files and images in content/: delete this entry (it is not a file anyone saved; ask the person who looks after the site)',
    found: kindInWords[kind]
  };
}

/**
 * Every shortcut, device and pipe in the content folder as the content check prints it (file:1  file
 * expected …  found …), for the build to stop on before anything reads content/: the check itself
 * loads content/hotlines.json and content/glossary.json as it starts, and would hang on a pipe.
 */
export function unusualContentLines(root) {
  return unusualEntries(root).map(({file, kind, target}) => {
    const {expected, found} = notPlainMessage(kind, target);
    return `${path.relative(path.dirname(root), file)}:1  file  expected ${expected}  found ${found}`;
  });
}
