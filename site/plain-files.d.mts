import type {Stats} from 'node:fs';

export type EntryKind = 'file' | 'folder' | 'link' | 'device' | 'pipe' | 'socket' | 'missing';
export function kindOf(stat: Stats): EntryKind;
export function entryKind(file: string): EntryKind;
export function unusualEntries(dir: string): {file: string; kind: EntryKind; target?: string}[];
export function readPlainFile(file: string, maxBytes?: number): {bytes: Buffer} | {kind: EntryKind} | {size: number; head: Buffer};
export const kindInWords: Record<EntryKind, string>;
export function notPlainMessage(kind: EntryKind, target?: string): {expected: string; found: string};
export function unusualContentLines(root: string): string[];
