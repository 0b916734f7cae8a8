// npm start: builds the site when it is missing or stale, then serves it (site/serve.mjs).
// A failed build never takes the site down: the last good build is served, and the problem is
// said first, in plain words, with its file and line.
//
// The server runs in two worker processes (node:cluster) that share one listening socket, held by
// this process. Should one crash, the other goes on answering and a new one is started at once: no
// connection is refused, and only the requests the crashed process was answering are lost. At most
// `maxRestarts` restarts a minute (more waits for the minute to pass, the other worker serving);
// a worker that cannot even start, three times in a row, stops npm start with its message.
import cluster from 'node:cluster';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {BuildError, buildIfStale, builtFingerprint, distDir, settleSiteUrl} from './build.mjs';
import {localSiteUrlNotice} from './site-url.mjs';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST;

/** The supervisor's limits (stated in site/README.md). */
export const supervision = {workers: 2, maxRestarts: 10, windowMs: 60_000, failedStartsToStop: 3};

// Without SITE_URL, a build for this computer only, at the local address; said first.
// A SITE_URL written wrong stops here with its plain message (site/site-url.mjs), not a stack trace.
let siteUrl;
try {
  siteUrl = settleSiteUrl({local: true});
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(`\nThe site was not started:\n\n${error.message}`);
  process.exit(1);
}
if (siteUrl.local) console.log(localSiteUrlNotice(siteUrl.url));

try {
  await buildIfStale({local: true});
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(`\nThe site could not be built. Fix this, then run npm start again:\n\n${error.message}\n`);
  if (!builtFingerprint()) {
    console.error('There is no earlier build to serve.');
    process.exit(1);
  }
  console.error('Meanwhile the last good build is served.\n');
}

// Each worker accepts connections itself on the shared socket (not handed over by this process):
// with Node's default on Linux (round robin), a connection handed to a worker that dies before
// taking it stays open here, unanswered, until the client gives up.
cluster.schedulingPolicy = cluster.SCHED_NONE;
cluster.setupPrimary({exec: fileURLToPath(new URL('./serve.mjs', import.meta.url))});
const env = {SITE_DIST: distDir(), PORT: String(port), ...(host ? {HOST: host} : {})};
let stopping = false;
let serving = false;
let failedStarts = 0;
/** When each recent restart happened, to cap a crash loop. */
const restarts = [];
let lastLine = '';

function startWorker() {
  const worker = cluster.fork(env);
  worker.on('listening', () => {
    worker.listened = true;
    failedStarts = 0;
    if (serving) return;
    serving = true;
    console.log(`Serving ${path.relative('.', distDir()) || distDir()}/site at http://${host ?? 'localhost'}:${port} (Ctrl+C to stop)`);
  });
  // Both workers say the same things (a new build is served): each line once.
  worker.on('message', (message) => {
    if (typeof message?.log !== 'string' || message.log === lastLine) return;
    lastLine = message.log;
    console.log(message.log);
  });
}

cluster.on('exit', (worker, code, signal) => {
  if (stopping) return;
  const how = signal ? `was stopped (${signal})` : `exited (code ${code})`;
  if (!worker.listened && ++failedStarts >= supervision.failedStartsToStop) {
    console.error(`The server could not start ${failedStarts} times in a row (the messages above say why); npm start stops.`);
    stopping = true;
    for (const other of Object.values(cluster.workers ?? {})) other?.kill();
    process.exitCode = 1;
    return;
  }
  const now = Date.now();
  while (restarts.length && now - restarts[0] >= supervision.windowMs) restarts.shift();
  const wait = restarts.length >= supervision.maxRestarts ? restarts[0] + supervision.windowMs - now : 0;
  restarts.push(now + wait);
  console.error(
    `The server process ${worker.process.pid} ${how}; ` +
      (wait ? `${restarts.length - 1} restarts this minute, so the next waits ${Math.ceil(wait / 1000)} s.` : 'another is started now.')
  );
  setTimeout(() => stopping || startWorker(), wait);
});

for (let i = 0; i < supervision.workers; i++) startWorker();

const stop = () => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
