/**
 * The parts of the MDX syntax tree (mdast + MDX JSX, as satteri — Astro's MDX parser — produces it)
 * that the content check reads. Kept loose on purpose: the check looks at every node it does not know.
 */
export interface MdPoint {
  line: number;
  column: number;
  offset?: number;
}
export interface MdAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
}
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  label?: string | null;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: MdPoint; end: MdPoint };
}
export interface MdastRoot extends MdNode {
  type: 'root';
  children: MdNode[];
}

/** Depth-first walk with each node's ancestors (nearest last). */
export function walk(
  node: MdNode,
  visit: (node: MdNode, ancestors: readonly MdNode[]) => void,
  ancestors: MdNode[] = [],
) {
  visit(node, ancestors);
  for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}
