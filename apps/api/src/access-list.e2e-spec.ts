import { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { PUBLIC_KEY, ROLES_KEY } from '@sixcan/server-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from './bootstrap';

/**
 * Every root Query/Mutation/Subscription field with who may call it, compared with the committed
 * apps/api/access-list.json: any change of access shows up in review. After an intended change run
 * `UPDATE_ACCESS_LIST=1 npx jest apps/api/src/access-list` and commit the file.
 */
const LIST = join(__dirname, '../access-list.json');

function accessOf(app: INestApplication): Record<string, string> {
  const scanner = new MetadataScanner();
  const access: Record<string, string> = {};
  for (const wrapper of new DiscoveryService(app.get(ModulesContainer)).getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const proto = Object.getPrototypeOf(instance) as object;
    for (const method of scanner.getAllMethodNames(proto)) {
      const handler = (proto as Record<string, unknown>)[method] as object;
      const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
      if (!type || !['Query', 'Mutation', 'Subscription'].includes(type)) continue;
      const name = (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? method;
      const roles = Reflect.getMetadata(ROLES_KEY, handler) as string[] | undefined;
      const rule = Reflect.getMetadata(PUBLIC_KEY, handler)
        ? 'PUBLIC'
        : roles
          ? [...roles].sort().join(' ')
          : 'NONE';
      access[`${type}.${name}`] = rule;
    }
  }
  return Object.fromEntries(Object.entries(access).sort(([a], [b]) => a.localeCompare(b)));
}

describe('access list', () => {
  it('matches the committed list, and every root field declares a rule', async () => {
    const app = await createApi({ logs: false });
    await app.init();
    const actual = accessOf(app);
    const schema = app.get(GraphQLSchemaHost).schema;
    await app.close();

    const rootFields = [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ].flatMap((t) => (t ? Object.keys(t.getFields()).map((f) => `${t.name}.${f}`) : []));
    expect(Object.keys(actual).sort()).toEqual(rootFields.sort());
    expect(Object.entries(actual).filter(([, rule]) => rule === 'NONE')).toEqual([]);

    if (process.env['UPDATE_ACCESS_LIST'] === '1')
      writeFileSync(LIST, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(LIST, 'utf8')));
  });
});
