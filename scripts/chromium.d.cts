export function chromiumPath(): string | null;
export const howToGetChromium: string;
