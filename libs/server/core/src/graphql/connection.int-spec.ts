import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CoreModule } from '../core.module';
import { DomainError } from '../errors/domain-error';
import { MailMessage } from '../mail/mail-message.entity';
import { ConnectionShape, encodeCursor, paginate } from './connection';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

describe('Relay connections over keyset pagination', () => {
  let db: DataSource;
  let close: () => Promise<void>;
  const template = `page-test-${randomUUID()}`;

  beforeAll(async () => {
    const app = await (
      await Test.createTestingModule({ imports: [CoreModule.forRoot({ applicationName: 'test' })] }).compile()
    ).init();
    close = () => app.close();
    db = app.get(getDataSourceToken());
    // 25 rows, several sharing a timestamp, so the id tie-breaker matters.
    const base = Date.parse('2026-01-01T00:00:00Z');
    await db.getRepository(MailMessage).insert(
      Array.from({ length: 25 }, (_, i) => ({
        toAddress: `r${i}@example.org`,
        template,
        locale: 'en',
        params: {},
        createdAt: new Date(base + Math.floor(i / 3) * 1000),
      })),
    );
  });
  afterAll(() => close());

  const query = () =>
    db.getRepository(MailMessage).createQueryBuilder('m').where('m.template = :template', { template });
  const sort = [{ expression: 'm.createdAt', property: 'createdAt', direction: 'DESC' as const }];

  it('walks every row exactly once, in a stable order, with totalCount and pageInfo', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: ConnectionShape<MailMessage> = await paginate(query(), { first: 10, after }, sort);
      expect(page.totalCount).toBe(25);
      seen.push(...page.edges.map((e) => e.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    const all = await query().orderBy('m.createdAt', 'DESC').addOrderBy('m.id', 'ASC').getMany();
    expect(seen).toEqual(all.map((m) => m.id));
  });

  it('refuses a forged or foreign cursor with a validation error', async () => {
    await expect(paginate(query(), { first: 10, after: 'not-a-cursor' }, sort)).rejects.toBeInstanceOf(
      DomainError,
    );
    await expect(paginate(query(), { first: 10, after: encodeCursor(['x']) }, sort)).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
