import type {IncomingMessage, Server, ServerResponse} from 'node:http';
export declare function languageFor(acceptLanguage: string | undefined): string;
export declare function createSiteHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => void;
export declare function startServer(options: {dir: string; port?: number; host?: string}): Promise<Server>;
