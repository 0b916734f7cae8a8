// npm start: builds the site when it is missing or stale, then serves it (site/serve.mjs).
// A failed build never takes the site down: the last good build is served, and the problem is
// said first, in plain words, with its file and line.
import path from 'node:path';
import {BuildError, buildIfStale, builtFingerprint, distDir, settleSiteUrl} from './build.mjs';
import {startServer} from './serve.mjs';
import {localSiteUrlNotice} from './site-url.mjs';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST;

// Without SITE_URL, a build for this computer only, at its local address; said first.
// A SITE_URL written wrong stops here with its plain message (site/site-url.mjs), not a stack trace.
let siteUrl;
try {
  siteUrl = settleSiteUrl({localPort: port});
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(`\nThe site was not started:\n\n${error.message}`);
  process.exit(1);
}
if (siteUrl.local) console.log(localSiteUrlNotice(siteUrl.url));

try {
  await buildIfStale({localPort: port});
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(`\nThe site could not be built. Fix this, then run npm start again:\n\n${error.message}\n`);
  if (!builtFingerprint()) {
    console.error('There is no earlier build to serve.');
    process.exit(1);
  }
  console.error('Meanwhile the last good build is served.\n');
}

await startServer({dir: distDir(), port, host});
console.log(`Serving ${path.relative('.', distDir())}/site at http://${host ?? 'localhost'}:${port} (Ctrl+C to stop)`);
