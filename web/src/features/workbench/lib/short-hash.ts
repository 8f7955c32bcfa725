/** The first 12 hex digits of a SHA-256, enough to tell versions apart on screen (the full hash is in the title). */
export const shortHash = (hash: string): string => hash.slice(0, 12);
