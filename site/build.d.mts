export declare const distDir: () => string;
export declare function fingerprint(): string;
export declare function builtFingerprint(): string | undefined;
export declare class BuildError extends Error {}
export declare function settleSiteUrl(options?: {local?: boolean; localPort?: number | string}): {url: string; local: boolean};
export declare function removeOldBuilds(target: string, log?: (line: string) => void): void;
export declare function build(options?: {log?: (line: string) => void; local?: boolean; localPort?: number | string}): Promise<{id: string; pages: number}>;
export declare function buildIfStale(options?: {log?: (line: string) => void; local?: boolean; localPort?: number | string}): Promise<{built: boolean}>;
export declare function switchTo(target: string, id: string): void;
