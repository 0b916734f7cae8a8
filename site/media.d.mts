export declare const mediaPrefix: string;
export declare function mediaName(fileName: string, bytes: Uint8Array): string;
export declare function sourceName(servedName: string): string | null;
