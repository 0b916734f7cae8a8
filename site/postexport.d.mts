export declare function postExport(dirs: {from: string; to: string; servedFrom: string; contentDir?: string}): Promise<{
  pages: number;
  removed: number;
  csp: string;
  searchCsp: string;
  searchPages: string[];
  indexed: Record<string, number>;
}>;
