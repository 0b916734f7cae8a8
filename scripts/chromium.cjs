// Finds a Chromium for the browser tests: $CHROMIUM_PATH, Debian's, or one Playwright installed.
// CommonJS so both scripts/test.mjs and playwright.config.ts can load it.
const fs = require('node:fs');

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  try {
    const bundled = require('playwright-core').chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return bundled;
  } catch {
    // playwright-core missing, or no browser downloaded
  }
  return null;
}

const howToGetChromium = `No Chromium found for the browser tests.
Install one, then run npm test again:
  - Debian/Ubuntu:   sudo apt-get install chromium
  - anywhere else:   npx playwright install chromium
  - or point to one: CHROMIUM_PATH=/path/to/chrome npm test`;

module.exports = {chromiumPath, howToGetChromium};
