export const FIREFOX_MIN_MAJOR: number;
export function firefoxMinimumPath(): string | null;
export function ensureFirefoxMinimum(): string | null;
