import type { RequestHandler } from 'express';
import { joinPointer } from '@fordeling/engine';
import { problems, type FieldError } from './problem.js';

/**
 * How deep a request body may nest. The deepest real request (a run with its councils' years) is 5
 * levels; 32 leaves room for any rule-set document, and stops bodies the schema checks, the hash
 * and the store would recurse through until the stack runs out (issue 15: a RangeError, a 500).
 */
export const MAX_BODY_DEPTH = 32;

const NUL = '\u0000';

/**
 * The first places in `body` that no request may have: nesting deeper than MAX_BODY_DEPTH, and the NUL
 * character (U+0000) in any text or member name — PostgreSQL cannot store it (a 500 on insert, issue
 * 15). Walks with its own stack, so the walk itself cannot overflow; stops at 20 findings.
 */
export function hostileValues(body: unknown, maxDepth = MAX_BODY_DEPTH): FieldError[] {
  const found: FieldError[] = [];
  const stack: Array<{ value: unknown; pointer: string; depth: number }> = [{ value: body, pointer: '', depth: 0 }];
  while (stack.length > 0 && found.length < 20) {
    const { value, pointer, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes(NUL)) found.push({ pointer, message: 'Teksten indeholder NUL-tegnet (tegnkode 0), som ikke kan gemmes. Fjern tegnet.' });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) {
      found.push({ pointer, message: `Værdien er indlejret for dybt (mere end ${maxDepth} niveauer af lister eller objekter); en rigtig forespørgsel har få niveauer.` });
      continue;
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, member] of entries) {
      const at = joinPointer(pointer, key);
      if (!Array.isArray(value) && key.includes(NUL)) found.push({ pointer: at, message: 'Feltnavnet indeholder NUL-tegnet (tegnkode 0), som ikke kan gemmes. Fjern tegnet.' });
      else stack.push({ value: member, pointer: at, depth: depth + 1 });
    }
  }
  return found.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/**
 * A document sent as text (a draft's save, which the store keeps as text and as JSON): 422 for a raw
 * NUL in the text, or — once it reads as JSON — for the hostile values above. Text that is not JSON is
 * left to the route, whose loader names line and column.
 */
export function guardText(text: string): void {
  const raw = text.indexOf(NUL);
  if (raw >= 0) {
    const line = text.slice(0, raw).split('\n').length;
    const message = `Teksten indeholder NUL-tegnet (tegnkode 0) på linje ${line}, som ikke kan gemmes. Fjern tegnet.`;
    throw problems.invalid(message, [{ pointer: '', message }]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return;
  }
  const found = hostileValues(parsed);
  if (found.length > 0) throw problems.invalid(`Dokumentet har ${found.length === 1 ? 'én værdi' : `${found.length} værdier`}, der ikke kan gemmes; se »errors«.`, found);
}

/**
 * After the body parser, before any route: a parsed JSON body with hostile values is a 422 naming
 * each place; a NUL in the path (`%00`) names nothing that can exist, so it is a 404.
 */
export function bodyGuard(): RequestHandler {
  return (req, _res, next) => {
    let path = req.path;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      // Left to the router, which answers 400 for a path it cannot decode.
    }
    if (path.includes(NUL)) throw problems.notFound(`Adressen ${req.method} ${req.baseUrl}${req.path} findes ikke (den indeholder NUL-tegnet).`);
    if (req.body !== undefined && typeof req.body === 'object') {
      const found = hostileValues(req.body);
      if (found.length > 0) throw problems.invalid(`Forespørgslen har ${found.length === 1 ? 'én værdi' : `${found.length} værdier`}, der ikke kan modtages; se »errors«.`, found);
    }
    next();
  };
}
