declare const site: {locales: readonly ['es', 'en']; defaultLocale: 'es'};
export = site;
