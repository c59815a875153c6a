/**
 * The reference intake scenario the `projects` benchmarks run over (P1, P2 in intake.ts, P8 in tail.ts): an
 * organiser signed up through the API and 2,400 projects over 40 channels seeded into their organisation.
 */
import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { seedIntake } from '@sixcan/server-programmes';
import pg from 'pg';
import { DataSource } from 'typeorm';

/** A page of projects with nested channel and sector, as the intake list asks for it. */
export const PROJECTS_PAGE = `query($p: ID!, $first: Int) { projects(programmeId: $p, first: $first) {
  totalCount edges { node { id title { zh en } country trl status channel { name { zh en } } sector { nameZh nameEn } } } } }`;

export type Gql = (query: string, variables: object, token?: string) => Promise<Record<string, never>>;

/** POSTs GraphQL to `<base>/graphql`; throws on errors. */
export function graphqlClient(base: string): Gql {
  return async (query, variables, token) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Record<string, never>;
  };
}

export interface ReferenceIntake {
  token: string;
  organizationId: string;
  programmeId: string;
}

/** Signs an organiser up through `gql` (the API `app` serves) and seeds the reference intake for them. */
export async function seedReferenceIntake(
  app: INestApplication,
  gql: Gql,
  raw: pg.Client,
): Promise<ReferenceIntake> {
  const signUp = await gql(
    `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken me { organization { id } } } }`,
    {
      i: {
        email: 'bench@sixcan.bench',
        password: 'bench password',
        displayName: 'Bench',
        organizationName: 'Bench',
      },
    },
  );
  const { accessToken: token, me } = signUp['signUp'] as {
    accessToken: string;
    me: { organization: { id: string } };
  };
  await seedIntake(app.get<DataSource>(getDataSourceToken()), { organizationId: me.organization.id });
  const programmeId = (
    await raw.query<{ id: string }>(`SELECT id FROM programme WHERE organization_id = $1`, [
      me.organization.id,
    ])
  ).rows[0]?.id as string;
  return { token, organizationId: me.organization.id, programmeId };
}
