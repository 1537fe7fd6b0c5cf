import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { joinPointer } from './json-pointer.js';
import { sourceMapOf, type LocatedNode, type SourceMap, type SourcePosition } from './source-position.js';

export type ParsedYaml = { ok: true; value: unknown; map: SourceMap } | { ok: false; position: SourcePosition; message: string };

/** Parses YAML keeping the line and column of every node, as json-source does for JSON. */
export function parseYamlSource(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    return { ok: false, position: at(error.pos[0]), message: `Ugyldig YAML: ${error.message.split('\n')[0]}` };
  }
  const locate = (node: Node | null | undefined, pointer: string, keyPosition?: SourcePosition): LocatedNode => {
    const children = new Map<string, LocatedNode>();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyNode = pair.key as Node | null;
        const keyAt = keyNode?.range ? at(keyNode.range[0]) : undefined;
        children.set(key, locate(pair.value as Node | null, joinPointer(pointer, key), keyAt));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => children.set(String(index), locate(item as Node | null, joinPointer(pointer, index))));
    }
    const position = node?.range ? at(node.range[0]) : (keyPosition ?? { line: 1, column: 1 });
    return { position, keyPosition, child: (segment) => children.get(segment) };
  };
  return { ok: true, value: doc.toJS(), map: sourceMapOf(locate(doc.contents as Node | null, '')) };
}
