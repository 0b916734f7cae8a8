// The one list of the site's languages, read by the Next app (i18n/routing.ts), the tests, and the
// build and server scripts in site/, which run without TypeScript. The first is the default.
// CommonJS, so every one of them (Next, Playwright, plain Node) can load it as it is.
const locales = ['es', 'en'];

module.exports = {locales, defaultLocale: locales[0]};
