export declare const securityHeaders: Record<string, string>;
export declare function cspHash(text: string): string;
export declare function contentSecurityPolicy(inline: {scripts: string[]; styles: string[]}, page?: {search?: boolean}): string;
export declare const defaultCacheControl: string;
export declare const pageCacheControl: string;
export declare const fileRules: {pattern: string; cacheControl?: string; contentType?: string; crossOriginResourcePolicy?: string}[];
export declare function fileHeaders(filePath: string): Record<string, string>;
export declare const hiddenPaths: string[];
export declare const searchBundleDir: string;
