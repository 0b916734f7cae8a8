// Types of cms/frontmatter.mjs, for the tests.
export type Fields = Record<string, unknown>;
export const config: {collections: {fields: {name: string; widget: string; required?: boolean; options?: {value: string}[]}[]}[]} & Record<string, unknown>;
export function orderFields(values: Fields): Fields;
export function formatFields(values: Fields): string;
export function readPage(source: string): {fields: Fields; body: string};
export function formatPage(page: {fields: Fields; body: string}): string;
export function normalisePage(source: string): string;
