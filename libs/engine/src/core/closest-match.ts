import type { ErrorObject } from 'ajv';
import betterAjvErrors from 'better-ajv-errors';
import leven from 'leven';

/**
 * What a mistyped value probably meant, for the "Mente du …?" of a Danish message. Enum errors use
 * better-ajv-errors' own suggestion; everything it does not suggest for (unknown fields, unknown
 * kinds) uses `leven`, the edit distance better-ajv-errors itself is built on.
 */

/** The allowed value better-ajv-errors suggests for an ajv `enum` error (needs ajv's `verbose` data). */
export function enumSuggestion(error: ErrorObject): string | undefined {
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues ?? [];
  const value = error.data;
  if (typeof value !== 'string' || value === '' || !allowed.every((v): v is string => typeof v === 'string')) return undefined;
  // Only the offending value is given, so the error is re-rooted at it ('').
  const [output] = betterAjvErrors(error.parentSchema ?? {}, value, [{ ...error, instancePath: '' }], { format: 'js' });
  // The suggestion is English ("Did you mean published?"): map it back to the allowed value itself.
  return allowed.find((v) => output?.suggestion === `Did you mean ${v}?`);
}

/**
 * The candidate closest to `value` (case-insensitive edit distance), when it is close enough to be a
 * plausible typo: at most two edits, or a third of the candidate's length for longer names.
 */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  const ranked = candidates
    .map((candidate) => ({ candidate, distance: leven(value.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(2, Math.floor(best.candidate.length / 3)) ? best.candidate : undefined;
}

/** » Mente du »Vendsyssel«?« for a message, or '' when nothing is close. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const guess = closestMatch(value, candidates);
  return guess ? ` Mente du »${guess}«?` : '';
}
