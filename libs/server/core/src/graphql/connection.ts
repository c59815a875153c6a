import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Max, Min, IsOptional, IsString, MaxLength } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../errors/domain-error';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `class ProjectConnection extends Connection(Project) {}` gives a Relay connection type. */
export function Connection<T>(node: Type<T>, name = node.name): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

export interface SortKey {
  /** Query-builder expression, e.g. `p.submittedAt`. */
  expression: string;
  /** Property of the loaded entity holding the same value. */
  property: string;
  direction: 'ASC' | 'DESC';
}

type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the validation error
  }
  throw DomainError.validation('The cursor is not valid for this list; start again from the first page', [
    { field: 'after', message: 'invalid cursor' },
  ]);
}

const cursorValue = (v: unknown): CursorValue =>
  v instanceof Date
    ? v.toISOString()
    : typeof v === 'number' || typeof v === 'string'
      ? v
      : v == null
        ? null
        : String(v);

/**
 * Keyset pagination over a stable sort (the sort keys plus the primary key `<alias>.id` as the
 * final tie-breaker). Sort key columns must be non-null. Runs two statements: count and page.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: { first: number; after?: string | null },
  sort: SortKey[],
): Promise<ConnectionShape<T>> {
  const alias = qb.alias;
  const keys: SortKey[] = [...sort, { expression: `${alias}.id`, property: 'id', direction: 'ASC' }];
  const page = qb.clone();
  if (args.after) {
    const values = decodeCursor(args.after, keys.length);
    // (k1, k2, …) after (v1, v2, …) in the mixed-direction sort, as an OR of prefixes.
    const clauses: string[] = [];
    const params: Record<string, CursorValue> = {};
    keys.forEach((key, i) => {
      const parts = keys.slice(0, i).map((k, j) => `${k.expression} = :c${j}`);
      parts.push(`${key.expression} ${key.direction === 'ASC' ? '>' : '<'} :c${i}`);
      clauses.push(`(${parts.join(' AND ')})`);
      params[`c${i}`] = values[i] ?? null;
    });
    page.andWhere(`(${clauses.join(' OR ')})`, params);
  }
  page.orderBy();
  for (const key of keys) page.addOrderBy(key.expression, key.direction);
  // Count and page go out together: outside a transaction they run on two connections at once.
  const [totalCount, rows] = await Promise.all([
    qb.clone().orderBy().getCount(),
    page.take(args.first + 1).getMany(),
  ]);
  const hasNextPage = rows.length > args.first;
  const nodes = rows.slice(0, args.first);
  const edges = nodes.map((node) => ({
    node,
    cursor: encodeCursor(keys.map((k) => cursorValue((node as Record<string, unknown>)[k.property]))),
  }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
