import { SchemaNavigator, splitPointer, type Problem } from '@fordeling/engine';
import type { FieldError } from './problem.js';

const NAMES_ITSELF = /^(Feltet|Feltnavnet|Ukendt felt)\b/;

/**
 * Each error's message begins with the field it is about, by its name in the request and its Danish
 * title from the schema — »Feltet »heldOn« (Dato for dialogen): Datoen »9999-12-31« ligger efter …« —
 * so a legal officer reading only the message knows what to correct (issue 15). Messages that already
 * name their field (a missing or unknown field) are kept as they are.
 */
export function withFieldNames(schema: object, errors: ReadonlyArray<Pick<Problem, 'pointer' | 'message'>>): FieldError[] {
  const navigator = new SchemaNavigator(schema as Record<string, unknown>);
  return errors.map(({ pointer, message }) => {
    const segments = pointer.startsWith('/') ? splitPointer(pointer) : [];
    const field = [...segments].reverse().find((s) => !/^\d+$/.test(s));
    if (!field || NAMES_ITSELF.test(message)) return { pointer, message };
    let at: Record<string, unknown> | undefined = navigator.root();
    for (const segment of segments) at = navigator.child(at, segment, /^\d+$/.test(segment));
    const title = typeof at?.title === 'string' ? ` (${at.title})` : '';
    return { pointer, message: `Feltet »${field}«${title}: ${message}` };
  });
}
