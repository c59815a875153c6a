import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ConnectionShape, MAX_PAGE_SIZE } from '@sixcan/server-core';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** `first` (50 unless given, at most MAX_PAGE_SIZE) and `after` of the matching lists. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

/** The same page with its nodes mapped (in one call, so mappers can batch). */
export async function mapPage<T, U>(
  page: ConnectionShape<T>,
  map: (nodes: T[]) => U[] | Promise<U[]>,
): Promise<ConnectionShape<U>> {
  const nodes = await map(page.edges.map((e) => e.node));
  return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] as U })) };
}
