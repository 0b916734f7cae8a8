// Content images (content/images/) are published under /media/ with a hash of their bytes in the
// name, so browsers may keep them for a year: a changed image gets a new name. The pages (through
// lib/content/images.ts) and the post-export step (postexport.mjs) name them with this one rule.
import crypto from 'node:crypto';

/** Where the site serves content images. */
export const mediaPrefix = '/media/';

/** refugio.jpg with its bytes -> refugio.3fa2b1c9d0.jpg */
export function mediaName(fileName, bytes) {
  const hash = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const dot = fileName.lastIndexOf('.');
  return `${fileName.slice(0, dot)}.${hash}${fileName.slice(dot)}`;
}

/** refugio.3fa2b1c9d0.jpg -> refugio.jpg (the file in content/images/), or null for another name. */
export function sourceName(servedName) {
  const match = /^([a-z0-9-]+)\.[0-9a-f]{10}(\.[a-z]+)$/.exec(servedName);
  return match ? match[1] + match[2] : null;
}
