export declare function postExport(dirs: {from: string; to: string; servedFrom: string}): {pages: number; removed: number; csp: string};
