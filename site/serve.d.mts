import type {IncomingMessage, Server, ServerResponse} from 'node:http';
export declare const limits: {
  maxHeaderSize: number;
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
  socketTimeout: number;
  connectionsCheckingInterval: number;
};
export declare function maxConnections(): number;
export declare function languageFor(acceptLanguage: string | undefined): string;
export declare function acceptedEncodings(acceptEncoding: string | undefined): string[];
export declare function sameSitePath(decoded: string): string;
export declare function safeQuery(query: string): string;
export declare function createSiteHandler(dir: string): ((req: IncomingMessage, res: ServerResponse) => void) & {csp: string; dir: string};
export declare function startServer(options: {
  dir: string;
  port?: number;
  host?: string;
  log?: (line: string) => void;
}): Promise<Server>;
export declare function alive(pid: number): boolean;
export declare function currentBuild(dist: string): string | undefined;
export declare function heldBuilds(dist: string): string[];
