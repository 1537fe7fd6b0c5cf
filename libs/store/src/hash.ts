import { createHash } from 'node:crypto';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Tokens are stored only as this hash; the plain token is shown once at creation. */
export const hashToken = (plain: string): string => `sha256:${sha256Hex(plain)}`;
