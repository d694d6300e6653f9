/** From a JSON pointer (an ajv `instancePath`) back to the YAML node it names. */
import { isMap, isScalar, isSeq, type Pair, type Scalar } from 'yaml';
import { deref, type YamlContext, type YamlNode } from './context.js';

export interface PointedNode {
  readonly node: YamlNode;
  /** The key the last segment went through, when its parent is a map. */
  readonly keyNode?: Scalar;
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function nodeAt(ctx: YamlContext, root: YamlNode, pointer: string): PointedNode {
  let current: PointedNode = { node: root };
  for (const segment of pointerSegments(pointer)) {
    const parent = deref(ctx, current.node);
    if (isSeq(parent)) {
      current = { node: parent.items[Number(segment)] as YamlNode };
    } else if (isMap(parent)) {
      const pair = (parent.items as Pair<YamlNode, YamlNode>[]).find(
        (p) => isScalar(p.key) && p.key.value === segment,
      );
      if (!pair) return current;
      current = { node: pair.value, keyNode: pair.key as Scalar };
    } else {
      return current;
    }
  }
  return current;
}
