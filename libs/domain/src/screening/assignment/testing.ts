/** Builders and an independent max-flow for the assignment specs; not part of the domain's API. */
import type { AssignmentInput } from './types';

export const reviewer = (
  id: string,
  maxLoad: number,
  sectors: string[] = [],
  languages: string[] = ['zh'],
) => ({
  id,
  maxLoad,
  sectors,
  languages,
});
export const project = (id: string, sector: string | null = null, languages: string[] = ['zh']) => ({
  id,
  sector,
  languages,
});
export const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/**
 * Maximum number of reviews that can be placed (Edmonds–Karp on source → project (k) → reviewer (1 per
 * pair without conflict) → sink (capacity)), written independently of the code under test. `caps` replaces
 * the max loads.
 */
export function maxFlow(input: AssignmentInput, caps?: Record<string, number>): number {
  const P = input.projects.length;
  const R = input.reviewers.length;
  const n = P + R + 2;
  const s = P + R;
  const t = s + 1;
  const c = new Int32Array(n * n);
  const blocked = new Set(input.conflicts.map((x) => `${x.projectId}|${x.reviewerId}`));
  input.projects.forEach((p, i) => {
    c[s * n + i] = input.k;
    input.reviewers.forEach((r, j) => {
      if (!blocked.has(`${p.id}|${r.id}`)) c[i * n + P + j] = 1;
    });
  });
  input.reviewers.forEach((r, j) => (c[(P + j) * n + t] = Math.max(0, caps ? (caps[r.id] ?? 0) : r.maxLoad)));
  let flow = 0;
  for (;;) {
    const parent = new Int32Array(n).fill(-1);
    parent[s] = s;
    const queue = [s];
    for (let h = 0; h < queue.length && parent[t] === -1; h++) {
      const u = queue[h] ?? s;
      for (let v = 0; v < n; v++)
        if (parent[v] === -1 && (c[u * n + v] ?? 0) > 0) {
          parent[v] = u;
          queue.push(v);
        }
    }
    if (parent[t] === -1) return flow;
    let bottleneck = Infinity;
    for (let v = t; v !== s; v = parent[v] ?? s)
      bottleneck = Math.min(bottleneck, c[(parent[v] ?? s) * n + v] ?? 0);
    for (let v = t; v !== s; v = parent[v] ?? s) {
      const u = parent[v] ?? s;
      c[u * n + v] -= bottleneck;
      c[v * n + u] += bottleneck;
    }
    flow += bottleneck;
  }
}

/** The value, asserted to be there. */
export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing value');
  return value;
}
