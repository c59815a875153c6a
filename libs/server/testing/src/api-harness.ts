import { INestApplication } from '@nestjs/common';
import { Actor, ALL_ROLES, Role } from '@sixcan/domain';
import { AccessTokens, AppConfig } from '@sixcan/server-core';
import { randomInt, randomUUID } from 'node:crypto';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

export interface ApiHarness {
  app: INestApplication;
  url: string;
  /** POSTs a GraphQL document; `token` becomes the bearer. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    /** Each call comes from a new client address (X-Forwarded-For, trusted from loopback) unless `ip` is given. */
    options?: { ip?: string },
  ): Promise<GqlResult<T>>;
  /** An access token for a made-up actor in a fresh tenant (or the given one). */
  token(actor?: Partial<Actor>): string;
  close(): Promise<void>;
}

/** A GraphQL client for the API at `url` (in this process or another). */
export function graphqlAt(url: string): ApiHarness['gql'] {
  return async (query, variables, token, options = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': options.ip ?? `198.18.${randomInt(256)}.${randomInt(1, 255)}`,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json().catch(() => ({}))) as Omit<GqlResult, 'status'>;
    return { status: response.status, ...body } as GqlResult<never>;
  };
}

/**
 * Starts the API on a random loopback port. `env` overrides this test file's configuration
 * (each jest file has its own copy of the environment).
 */
export async function startApi(
  create: () => Promise<INestApplication>,
  env: Record<string, string> = {},
): Promise<ApiHarness> {
  Object.assign(process.env, env);
  const app = await create();
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const tokens = new AccessTokens(app.get(AppConfig));
  return {
    app,
    url,
    gql: graphqlAt(url),
    token(actor = {}) {
      return tokens.sign({
        userId: actor.userId ?? randomUUID(),
        organizationId: actor.organizationId ?? randomUUID(),
        roles: actor.roles ?? [Role.ORGANIZER],
      });
    },
    close: () => app.close(),
  };
}

export { ALL_ROLES };
