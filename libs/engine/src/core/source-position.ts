import { splitPointer } from './json-pointer.js';

/** 1-based line and column of a place in a source file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * A parsed file that can say where each JSON pointer sits, so every problem gets a line and column.
 * A pointer to a value that does not exist (a missing field) resolves to its deepest existing parent.
 */
export interface SourceMap {
  /** Where the value at `pointer` starts. */
  locate(pointer: string): SourcePosition;
  /** Where the key of the member at `pointer` starts (its value for array elements / the root). */
  locateKey(pointer: string): SourcePosition;
}

/** A tree node of any parser, reduced to what locating needs. */
export interface LocatedNode {
  position: SourcePosition;
  keyPosition?: SourcePosition;
  child(segment: string): LocatedNode | undefined;
}

export function sourceMapOf(root: LocatedNode): SourceMap {
  const deepest = (pointer: string): { node: LocatedNode; complete: boolean } => {
    let node = root;
    for (const segment of splitPointer(pointer)) {
      const next = node.child(segment);
      if (!next) return { node, complete: false };
      node = next;
    }
    return { node, complete: true };
  };
  return {
    locate: (pointer) => deepest(pointer).node.position,
    locateKey: (pointer) => {
      const { node, complete } = deepest(pointer);
      return (complete && node.keyPosition) || node.position;
    },
  };
}
