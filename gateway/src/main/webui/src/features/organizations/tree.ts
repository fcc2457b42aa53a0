import type { Kind, Sector } from './api';

/** One organization of the district's hierarchy (registry-service's `/api/organizations/hierarchy`). */
export interface HierarchyNode {
  id: string;
  name: string;
  kind: Kind;
  sector: Sector;
  status: 'ACTIVE' | 'DISSOLVED';
  children: HierarchyNode[];
}

export interface Hierarchy {
  district: string;
  total: number;
  roots: HierarchyNode[];
}

/**
 * The part of the hierarchy whose names contain `text`, with the ancestors that lead to them (a match keeps all
 * it holds). An empty text keeps everything.
 */
export function filterTree(nodes: HierarchyNode[], text: string): HierarchyNode[] {
  const q = text.trim();
  if (!q) return nodes;
  return nodes.flatMap((n) => {
    if (n.name.includes(q)) return [n];
    const children = filterTree(n.children, q);
    return children.length > 0 ? [{ ...n, children }] : [];
  });
}

/** The ids of every node that has children: the ones to open so that all matches show. */
export function branchIds(nodes: HierarchyNode[]): string[] {
  return nodes.flatMap((n) => (n.children.length > 0 ? [n.id, ...branchIds(n.children)] : []));
}

/** The ids from the top down to `id` (both included), or none when it is not in the tree. */
export function pathTo(nodes: HierarchyNode[], id: string): string[] {
  for (const n of nodes) {
    if (n.id === id) return [n.id];
    const below = pathTo(n.children, id);
    if (below.length > 0) return [n.id, ...below];
  }
  return [];
}
