import type { SourcePosition } from './source-position.js';

export type DecodedText = { ok: true; text: string } | { ok: false; position: SourcePosition; message: string };

/** Control characters a rule file never needs; tab, line feed and carriage return are whitespace. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 0x7f: 'DEL', 0x0b: 'lodret tabulator', 0x0c: 'sideskift', 0x1b: 'ESC' };

/** »NUL-tegnet (U+0000)« — how a message names an invisible character. */
export function describeControlCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = CONTROL_NAMES[code];
  return name ? `${name}-tegnet (U+${hex})` : `styretegnet U+${hex}`;
}

/** Whether a text holds a control character a rule file must not contain (also escaped, as \u0000). */
export function controlCharacterIn(text: string): string | undefined {
  return CONTROL.exec(text)?.[0];
}

/**
 * A rule file's bytes as text: strict UTF-8 (a byte that is not UTF-8 is an error with its line and
 * column, never a silent replacement character), a leading byte-order mark dropped, and no raw
 * control characters — an editor shows none of them, and PostgreSQL refuses NUL in text.
 */
export function decodeRuleText(bytes: Uint8Array): DecodedText {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // The decoder only says that the bytes are not UTF-8; where, is found by walking them.
    const invalidAt = firstInvalidUtf8(bytes) ?? 0;
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, invalidAt));
    const byte = bytes[invalidAt].toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      position: positionAfter(before),
      message: `Filen er ikke gyldig UTF-8: byte 0x${byte} kan ikke læses som et tegn. Gem filen som UTF-8 (ofte skyldes det et »æ«, »ø« eller »å« gemt som Windows-1252 eller Latin-1).`,
    };
  }
  const control = CONTROL.exec(text);
  if (control) {
    return {
      ok: false,
      position: positionAfter(text.slice(0, control.index)),
      message: `Filen indeholder ${describeControlCharacter(control[0])}, et usynligt tegn, der ikke må stå i en regelfil. Slet det (det kommer ofte med ved kopiering fra et andet program).`,
    };
  }
  return { ok: true, text };
}

/** Line and column (1-based, in characters) just after `text`. */
function positionAfter(text: string): SourcePosition {
  const lines = text.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (RFC 3629), for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += length;
  }
  return undefined;
}
