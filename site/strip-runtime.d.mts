export declare const SITE_SCRIPT: string;
export declare class StripError extends Error {}
export declare function stripRuntime(html: string, file: string): {html: string; scripts: string[]; styles: string[]; assets: string[]};
