type HostConfigOptions = {root: string; csp: string; searchCsp: string; searchPages: string[]};
export declare function nginxServerBlock(options: HostConfigOptions & {listen?: string}): string;
export declare function caddyfile(options: HostConfigOptions & {address?: string}): string;
export declare const cloudflareRuleLimit: number;
export declare function cloudflarePages(options: Omit<HostConfigOptions, 'root'>): Record<string, string>;
export declare function netlifyFiles(options: Omit<HostConfigOptions, 'root'>): Record<string, string>;
export declare const netlifyRuleFiles: string[];
