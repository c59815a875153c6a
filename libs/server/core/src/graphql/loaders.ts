import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created lazily by name. Lives in the GraphQL context, so batching and
 * caching never cross requests (or tenants).
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders batch results like the keys, `undefined` → null for missing rows. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

export interface GraphqlContext {
  req: {
    actor?: import('@sixcan/domain').Actor;
    headers: Record<string, string | string[] | undefined>;
    /** The client's address (behind trusted proxies, as Express's `req.ip`); absent on subscriptions. */
    ip?: string;
  };
  loaders: Loaders;
}
