// The public address the site is built for (SITE_URL). Canonical links, share images, the share
// box, the sitemap, the feeds and the printouts all carry it, so a build for deployment must be
// told it: a forgotten SITE_URL would put "localhost" on every link people share.

/** What a deployment build says when SITE_URL is missing. Plain words: what to set, and how. */
export const missingSiteUrlMessage =
  'SITE_URL is not set. A build for deployment needs the public address of the site, because shared links, ' +
  'share images, the sitemap, the feeds and printouts carry it. Set it and build again, for example:\n\n' +
  '  SITE_URL=https://www.example.org npm run build\n\n' +
  'To try the site on this computer only, run npm start instead: it builds with the address http://localhost:3000.';

export class SiteUrlError extends Error {}

/** This computer's own names: http:// is allowed for them in a local build (npm start) only. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The address of a local build (npm start without SITE_URL): npm start's default address, whatever
 * PORT the server listens on. On this computer the pages are reached by their paths (every link
 * between pages is /es/…), and the address is only in what points at the site from outside: the
 * canonical link, share images and the share box, feeds, the sitemap. So one local build serves on
 * any port, and a second npm start on another PORT does not build the site again.
 */
export const localSiteUrl = 'http://localhost:3000';

/**
 * Decides the address a build uses.
 * @param {Record<string, string | undefined>} env the environment (SITE_URL)
 * @param {{local?: boolean}} [options] local: a build for this computer only (npm start), which falls back
 *   to localSiteUrl; without it (npm run build, a deployment) SITE_URL is required.
 * @returns {{url: string, local: boolean}} local: true when the fallback was used
 * @throws {SiteUrlError} with a plain message when SITE_URL is missing (deployment) or not a bare https:// address
 */
export function resolveSiteUrl(env, {local = false} = {}) {
  const raw = env.SITE_URL?.trim();
  if (raw) return {url: checkedSiteUrl(raw, {local}), local: false};
  if (!local) throw new SiteUrlError(missingSiteUrlMessage);
  return {url: localSiteUrl, local: true};
}

/**
 * The address as the site writes it (https://host, or https://host:port), or a SiteUrlError that
 * says what was found and what to write instead. Every shared link, feed and printout starts with
 * it, so anything but a bare secure address would be copied onto all of them: a path breaks every
 * link, a user name or password is published, http:// lets anyone on the network see the pages read.
 */
function checkedSiteUrl(raw, {local}) {
  const refuse = (found, instead) =>
    new SiteUrlError(
      `SITE_URL is "${raw}": ${found}. SITE_URL must be the bare public address of the site, ` +
        `https:// and the host name only. Write instead, for example:\n\n  SITE_URL=${instead}\n`
    );
  let url;
  try {
    url = new URL(raw);
  } catch {
    // Most often the https:// was left out: suggest the same name with it.
    const host = /^[\w.-]+\.[a-z]{2,}$/i.test(raw) ? raw.toLowerCase() : 'www.example.org';
    throw refuse('this is not a web address (it must start with https://)', `https://${host}`);
  }
  // What to suggest: the same host, with nothing else.
  const bare = url.host ? `https://${url.host}` : 'https://www.example.org';
  if (url.protocol === 'http:' && local && LOCAL_HOSTS.has(url.hostname)) return url.origin;
  if (url.protocol !== 'https:') {
    const why =
      url.protocol === 'http:'
        ? 'it starts with http://, which lets anyone on the network see which pages are read'
        : `it starts with ${url.protocol}, not https://`;
    throw refuse(why, bare);
  }
  if (url.username || url.password) {
    throw refuse('it holds a user name or password (before @), which every shared link would publish', bare);
  }
  if (url.pathname !== '/') {
    throw refuse(
      `it has a path (${url.pathname}) after the host name; the site must be served at the root of its address ` +
        '(use a host name of its own, like ayuda.example.org, rather than a folder)',
      bare
    );
  }
  if (/[?#]/.test(raw)) throw refuse('it has a ? or # part, which would be added to every link', bare);
  return url.origin;
}

/** The first line npm start prints when it builds with the local address. */
export const localSiteUrlNotice = (url) =>
  `SITE_URL is not set: building for this computer only, with the address ${url} ` +
  '(in canonical links, share images, feeds and the sitemap, on any PORT). ' +
  'For a deployment, set SITE_URL to the public address and run npm run build.';
