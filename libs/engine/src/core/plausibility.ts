import type { RuleKind } from '../contract/kind.js';
import type { Problem } from '../contract/problem.js';
import { danishNumber } from './danish-value.js';
import type { ValidFile } from './cross-file-checks.js';
import { joinPointer } from './json-pointer.js';
import { SchemaNavigator } from './schema-navigation.js';

type Schema = Record<string, unknown>;

/** The annotation `x-plausible: { minimum, maximum }` on a number: the range a real value lies in. */
interface PlausibleRange {
  minimum?: number;
  maximum?: number;
}

/**
 * Numbers outside the range their schema calls plausible (`x-plausible`, kept in the kind's schema
 * beside the hard limits): valid, so only a warning — but a target of 1,55 is almost always »1.550«
 * typed with a Danish thousands separator, and the warning says so.
 */
export function plausibilityWarnings(file: ValidFile, kind: RuleKind): Problem[] {
  const navigator = new SchemaNavigator(kind.contentSchema as Schema);
  const warnings: Problem[] = [];
  const visit = (node: unknown, schema: Schema | undefined, pointer: string, title: string | undefined) => {
    const resolved = navigator.resolve(schema);
    const here = (resolved?.title as string | undefined) ?? title;
    if (typeof node === 'number') {
      const range = resolved?.['x-plausible'] as PlausibleRange | undefined;
      if (range && ((range.minimum !== undefined && node < range.minimum) || (range.maximum !== undefined && node > range.maximum))) {
        const place = file.locate(pointer);
        warnings.push({ file: file.file, line: place.line, column: place.column, pointer: place.pointer, severity: 'warning', message: message(node, range, here) });
      }
      return;
    }
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, navigator.child(resolved, String(i), true), joinPointer(pointer, i), here));
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) visit(value, navigator.child(resolved, key, false), joinPointer(pointer, key), here);
    }
  };
  visit(file.document.content, navigator.root(), '/content', undefined);
  return warnings;
}

function message(value: number, range: PlausibleRange, title: string | undefined): string {
  const bounds = range.minimum !== undefined && range.maximum !== undefined
    ? `${danishNumber(range.minimum)}–${danishNumber(range.maximum)}`
    : range.minimum !== undefined ? `mindst ${danishNumber(range.minimum)}` : `højst ${danishNumber(range.maximum!)}`;
  const what = title ? ` for »${title}«` : '';
  const thousands = Math.round(value * 1000);
  const typo = !Number.isInteger(value) && Math.abs(value * 1000 - thousands) < 1e-9 && (range.minimum === undefined || thousands >= range.minimum) && (range.maximum === undefined || thousands <= range.maximum);
  const hint = typo ? ` Mente du ${danishNumber(thousands)}? I JSON skrives tusinder uden punktum (${thousands}); punktum er decimaltegn.` : ' Kontrollér værdien.';
  return `Værdien ${danishNumber(value)} ligger uden for det sandsynlige interval${what} (${bounds}).${hint}`;
}
