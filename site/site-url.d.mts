export declare const missingSiteUrlMessage: string;
export declare class SiteUrlError extends Error {}
export declare function resolveSiteUrl(
  env: Record<string, string | undefined>,
  options?: {localPort?: number | string}
): {url: string; local: boolean};
export declare function localSiteUrlNotice(url: string): string;
