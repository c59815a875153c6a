import { ApiHarness } from '@sixcan/server-testing';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export const NOTIFICATION =
  'id category template title body link objectType objectId emailed createdAt readAt';

export interface NotificationView {
  id: string;
  category: string;
  template: string;
  title: string;
  body: string;
  link: string | null;
  objectType: string | null;
  objectId: string | null;
  emailed: boolean;
  readAt: string | null;
}

/** A graphql-ws client collecting the values of one subscription. */
export function subscribeTo<T>(
  api: Pick<ApiHarness, 'url'>,
  query: string,
  token: string,
  pick: (data: Record<string, unknown>) => T,
): { values: T[]; errors: unknown[]; close(): Promise<void> } {
  const client: Client = createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const values: T[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<Record<string, unknown>>(
    { query },
    {
      next: (value) => {
        if (value.data) values.push(pick(value.data));
        if (value.errors) errors.push(value.errors);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    values,
    errors,
    close: async () => {
      dispose();
      await client.dispose();
    },
  };
}
