import path from 'node:path';

/**
 * Where the content is read from and in which mode: one place for both, shared by the loader,
 * the images, the translation status and the preview.
 */

/** The content folder: CONTENT_DIR (tests, benchmarks) or ./content. */
export function contentRoot(root?: string): string {
  // Content is read at build time only (every page is prerendered): keep it out of the server's file tracing.
  return path.resolve(/*turbopackIgnore: true*/ root ?? process.env.CONTENT_DIR ?? 'content');
}

/**
 * The staff preview (`npm run dev`) forgives: it reads the content again whenever a file changed,
 * shows drafts and images from the content folder, and shows a file's problems on its page instead
 * of stopping. A build stops on any problem.
 */
export function isPreview(): boolean {
  return process.env.NODE_ENV === 'development';
}
