import { createHash } from 'node:crypto';
import { LETTER_ID_PREFIX, type LetterKind } from '../letter-kind.js';

// Crockford base32: no I, L, O, U — easy to read aloud on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= length) break;
  }
  return out;
}

/**
 * Deterministic letter id: kind, round, provider number and a checksum of kind + provider number +
 * round + the letter's data hash, e.g. "VEJ-2025-123456-7F3K-9QXA". The same data gives the same id;
 * changed data gives a new one.
 */
export function letterId(kind: LetterKind, providerNumber: string, round: number, dataHash: string): string {
  const digest = createHash('sha256').update(`${kind}\0${providerNumber}\0${round}\0${dataHash}`).digest();
  const code = base32(digest, 8);
  const safeProvider = providerNumber.replace(/[^0-9A-Za-z]/g, '');
  return `${LETTER_ID_PREFIX[kind]}-${round}-${safeProvider}-${code.slice(0, 4)}-${code.slice(4)}`;
}
