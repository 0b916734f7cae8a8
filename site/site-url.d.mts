export declare const missingSiteUrlMessage: string;
export declare const localSiteUrl: string;
export declare class SiteUrlError extends Error {}
export declare function resolveSiteUrl(
  env: Record<string, string | undefined>,
  options?: {local?: boolean}
): {url: string; local: boolean};
export declare function localSiteUrlNotice(url: string): string;
