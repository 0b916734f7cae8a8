// The public address the site is built for (SITE_URL). Canonical links, share images, the share
// box, the sitemap, the feeds and the printouts all carry it, so a build for deployment must be
// told it: a forgotten SITE_URL would put "localhost" on every link people share.

/** What a deployment build says when SITE_URL is missing. Plain words: what to set, and how. */
export const missingSiteUrlMessage =
  'SITE_URL is not set. A build for deployment needs the public address of the site, because shared links, ' +
  'share images, the sitemap, the feeds and printouts carry it. Set it and build again, for example:\n\n' +
  '  SITE_URL=https://www.example.org npm run build\n\n' +
  'To try the site on this computer only, run npm start instead: it uses http://localhost:<PORT>.';

export class SiteUrlError extends Error {}

/**
 * Decides the address a build uses.
 * @param {Record<string, string | undefined>} env the environment (SITE_URL)
 * @param {{localPort?: number | string}} [options] localPort: a local build (npm start) may fall back to
 *   http://localhost:<localPort>; without it (npm run build, a deployment) SITE_URL is required.
 * @returns {{url: string, local: boolean}} local: true when the fallback was used
 */
export function resolveSiteUrl(env, {localPort} = {}) {
  const raw = env.SITE_URL?.trim();
  if (raw) return {url: raw, local: false};
  if (localPort === undefined) throw new SiteUrlError(missingSiteUrlMessage);
  return {url: `http://localhost:${localPort}`, local: true};
}

/** The first line npm start prints when it builds with the local address. */
export const localSiteUrlNotice = (url) =>
  `SITE_URL is not set: building for this computer only, with the address ${url}. ` +
  'For a deployment, set SITE_URL to the public address and run npm run build.';
