import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Whether the query selects a field of this name anywhere below the current field (fragments included). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === 'Field') return s.name.value === name || search(s.selectionSet);
      if (s.kind === 'InlineFragment') return search(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return search(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node: FieldNode) => search(node.selectionSet));
}
