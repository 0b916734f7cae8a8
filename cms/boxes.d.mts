// Types of cms/boxes.mjs, for the tests.
export type Box = {
  id: string;
  label: string;
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, unknown>;
  toBlock: (props: Record<string, unknown>) => string;
  toPreview: (props: Record<string, unknown>) => string;
};
export const hotlineIds: string[];
export const boxes: Box[];
export function imagesRelative(markdown: string): string;
