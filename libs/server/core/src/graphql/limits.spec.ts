import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { StrictDateTime } from './date-time.scalar';
import { withoutSuggestions } from './format-error';
import {
  complexityPlugin,
  expandedFieldCount,
  limitRules,
  nestingDepth,
  sourceNestingDepth,
  WALK_LIMIT,
} from './limits';
import { checkSocketOperation } from './socket-operations';

const schema = buildSchema(`
  type Item { id: ID! name: String child: Item }
  type Query { item: Item items: [Item!]! }
  type Mutation { a: Int b: Int c: Int d: Int e: Int f: Int g: Int h: Int i: Int j: Int k: Int }
  type Subscription { itemChanged: Item }
`);
const limits = { maxDepth: 5, maxAliases: 3, maxComplexity: 50, maxTokens: 1000 };
const errors = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, ...limitRules(limits)]).map((e) => e.message);

describe('GraphQL limits', () => {
  it('lets an ordinary document through', () => {
    expect(errors('{ item { id child { name } } a: items { id } }')).toEqual([]);
  });

  it('counts aliased __typename toward the alias limit', () => {
    expect(errors('{ a: __typename b: __typename c: __typename d: __typename }').join()).toMatch(
      /Aliases limit/,
    );
  });

  it('refuses more than ten root fields in a mutation, through fragments too', () => {
    expect(errors('mutation { a b c d e f g h i j }')).toEqual([]);
    expect(errors('mutation { a b c d e ...F } fragment F on Mutation { f g h i j k }').join()).toMatch(
      /at most 10 fields/,
    );
  });

  it('counts inline fragments and fragment chains as nesting', () => {
    const inline = `{ ${'... { '.repeat(20)}item { id }${' }'.repeat(20)} }`;
    expect(nestingDepth(parse(inline), WALK_LIMIT)).toBe(22);
    expect(errors(inline).join()).toMatch(/nest 22 levels/);
    const chain = `{ ...F0 } ${Array.from({ length: 200 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(' ')} fragment F200 on Query { item { id } }`;
    expect(nestingDepth(parse(chain), WALK_LIMIT)).toBe(WALK_LIMIT + 1);
    expect(errors(chain).join()).toMatch(/depth limit of 5 exceeded: selections nest over 100/);
  });

  it('measures bracket nesting of the source, skipping strings and comments', () => {
    expect(sourceNestingDepth('{ a(b: "{{{{") { c } } # {{{{')).toBe(2);
    expect(sourceNestingDepth('{ a(b: """ {{{ """) }')).toBe(2);
    expect(sourceNestingDepth('['.repeat(5000))).toBe(WALK_LIMIT + 1);
  });

  it('counts the fields fragments expand to in one pass', () => {
    const fan = (k: number) => `fragment C${k} on Item { child { ${`...C${k + 1} `.repeat(10)}} }`;
    const doc = parse(`{ item { ...C0 } } ${[0, 1, 2, 3, 4].map(fan).join(' ')} fragment C5 on Item { id }`);
    expect(expandedFieldCount(doc, undefined, 1_000_000)).toBeGreaterThan(100_000);
    expect(expandedFieldCount(doc, undefined, 51)).toBe(51);
  });
});

describe('the complexity check', () => {
  it('remembers its estimate per document, operation and variables, and throws a fresh error each time', async () => {
    const plugin = complexityPlugin(limits.maxComplexity);
    const big = Array.from({ length: 60 }, (_, i) => `f${i}: items { id }`).join(' ');
    const document = parse(`query Small { item { id } } query Big { ${big} }`);
    const check = async (operationName: string, variables?: Record<string, unknown>) => {
      const listener = await plugin.requestDidStart?.({} as never);
      return listener?.didResolveOperation?.({
        request: { operationName, variables },
        document,
        schema,
      } as never);
    };
    await expect(check('Small')).resolves.toBeUndefined();
    const first = await check('Big').catch((e: Error) => e);
    const again = await check('Big').catch((e: Error) => e);
    expect(first).toBeInstanceOf(Error);
    expect((first as Error).message).toMatch(/too complex/);
    expect(again).not.toBe(first);
    expect((again as Error).message).toBe((first as Error).message);
    // Another operation of the same document, or other variables, are estimated on their own.
    await expect(check('Small')).resolves.toBeUndefined();
    await expect(check('Small', { n: 1 })).resolves.toBeUndefined();
    await expect(check('Big', { n: 1 })).rejects.toThrow(/too complex/);
  });
});

describe('socket operations', () => {
  const rules = { limits, production: true };

  it('runs subscriptions within the limits', () => {
    const result = checkSocketOperation(schema, { query: 'subscription { itemChanged { id } }' }, rules);
    expect(Array.isArray(result)).toBe(false);
  });

  it.each([
    ['too many tokens', `subscription { itemChanged { ${'id '.repeat(1200)} } }`, 'GRAPHQL_PARSE_FAILED'],
    [
      'too deep',
      'subscription { itemChanged { child { child { child { child { child { id } } } } } } }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'too many aliases',
      'subscription { itemChanged { a: id b: id c: id d: id } }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'introspection',
      'subscription { itemChanged { id } } query { __schema { types { name } } }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a query', '{ item { id } }', 'BAD_REQUEST'],
    ['brackets thousands deep', `subscription { itemChanged ${'{ '.repeat(3000)} }`, 'GRAPHQL_PARSE_FAILED'],
  ])('refuses %s', (_what, query, code) => {
    const result = checkSocketOperation(schema, { query }, rules);
    if (!Array.isArray(result)) throw new Error('expected errors');
    expect(result[0]?.extensions['code']).toBe(code);
  });

  it('gives no suggestions in production', () => {
    const result = checkSocketOperation(schema, { query: 'subscription { itemChange { id } }' }, rules);
    expect(JSON.stringify(result)).not.toMatch(/Did you mean/);
    expect(withoutSuggestions('Cannot query field "itemChange". Did you mean "itemChanged"?')).toBe(
      'Cannot query field "itemChange".',
    );
  });
});

describe('DateTime', () => {
  it('accepts ISO 8601 and refuses anything else', () => {
    expect(StrictDateTime.parseValue('2026-12-03T09:54:33Z')).toEqual(new Date('2026-12-03T09:54:33Z'));
    expect(StrictDateTime.parseValue('2027-01-31')).toEqual(new Date('2027-01-31'));
    for (const bad of ['not a date', '2026-13-45T00:00:00Z', '1', true, 5, null, {}])
      expect(() => StrictDateTime.parseValue(bad)).toThrow(/ISO 8601/);
    expect(() => StrictDateTime.parseLiteral({ kind: 'IntValue', value: '5' } as never)).toThrow(/string/);
  });

  it('reads a date-time without an offset at UTC, whatever the server’s zone, and keeps a given offset', () => {
    expect(StrictDateTime.parseValue('2026-12-10T12:00:00')).toEqual(new Date('2026-12-10T12:00:00Z'));
    expect(StrictDateTime.parseValue('2026-12-10 12:00')).toEqual(new Date('2026-12-10T12:00:00Z'));
    expect(StrictDateTime.parseValue('2026-12-10T12:00:00+08:00')).toEqual(new Date('2026-12-10T04:00:00Z'));
  });
});
