declare const chromium: {chromiumPath(): string | null; howToGetChromium: string};
export = chromium;
