/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into lists the generator just built */
// R1: hostile GraphQL documents generated from the committed schema (apps/api/schema.gql). Every
// document breaks one rule the API enforces before any resolver runs: depth, aliases, root mutation
// fields, tokens, body size, batching, unknown names, argument types, required arguments, fragment
// cycles, directives, introspection, complexity. Deterministic: the same schema gives the same corpus.
import {
  buildSchema,
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type HostileClass =
  | 'deep nesting'
  | 'alias flood'
  | 'batched operations'
  | 'batched mutations'
  | 'huge tokens'
  | 'huge bodies'
  | 'unknown fields'
  | 'wrong argument types'
  | 'wrong variable types'
  | 'missing arguments'
  | 'fragment cycles'
  | 'directive floods'
  | 'introspection'
  | 'complexity bombs'
  | 'subscriptions';

export interface HostileDocument {
  class: HostileClass;
  /** What is wrong with it, for failure messages. */
  label: string;
  /** `ws`: sent as a graphql-ws subscribe message; `http`: POSTed as `body`. */
  transport: 'http' | 'ws';
  /** The HTTP body (JSON text, maybe an array or far too large). */
  body: string;
  /** For `ws`: the subscribe payload. */
  payload?: { query: string; variables?: Record<string, unknown> };
}

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxComplexity: number;
  maxRootMutations: number;
  bodyLimitBytes: number;
}

export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8'));
}

const UUID = '"00000000-0000-4000-8000-000000000000"';

/** A literal that fits the input type (required input fields only). */
function validLiteral(type: GraphQLInputType, seen = new Set<string>()): string {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return `[${validLiteral(inner.ofType, seen)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]?.name ?? 'X';
  if (isInputObjectType(inner)) {
    if (seen.has(inner.name)) return '{}';
    const fields = Object.values(inner.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    const next = new Set(seen).add(inner.name);
    return `{ ${fields.map((f) => `${f.name}: ${validLiteral(f.type, next)}`).join(', ')} }`;
  }
  switch ((inner as GraphQLNamedType).name) {
    case 'ID':
      return UUID;
    case 'Int':
      return '1';
    case 'Float':
      return '1.5';
    case 'Boolean':
      return 'true';
    case 'DateTime':
      return '"2026-01-01T00:00:00.000Z"';
    case 'JSONObject':
      return '{ a: 1 }';
    default:
      return '"x"';
  }
}

/** Literals of the wrong kind for the input type (each must fail validation). */
function wrongLiterals(type: GraphQLInputType): string[] {
  const inner = getNullableType(type) as GraphQLInputType;
  const required = isNonNullType(type) ? ['null'] : [];
  if (isListType(inner))
    return [
      ...required,
      ...wrongLiterals(inner.ofType)
        .filter((l) => l !== 'null')
        .map((l) => `[${l}]`),
    ];
  if (isEnumType(inner)) return [...required, '"NOT_A_VALUE"', 'NOT_A_VALUE', '1', '{ a: 1 }'];
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const first = fields.find((f) => isNonNullType(f.type)) ?? fields[0];
    return [
      ...required,
      '"x"',
      '1',
      'true',
      `{ notAField${inner.name}: 1 }`,
      ...(first ? [`{ ${first.name}: ${wrongLiterals(first.type).find((l) => l !== 'null') ?? '{}'} }`] : []),
    ];
  }
  switch ((inner as GraphQLNamedType).name) {
    case 'ID':
      return [...required, '1.5', 'true', '{ a: 1 }', 'ENUMISH'];
    case 'Int':
      return [...required, '"1"', '1.5', '99999999999', 'true', '{ a: 1 }'];
    case 'Float':
      return [...required, '"1"', 'true', '{ a: 1 }'];
    case 'Boolean':
      return [...required, '"true"', '1', '{ a: 1 }'];
    case 'DateTime':
      return [...required, '"not a date"', 'true', '{ a: 1 }'];
    case 'JSONObject':
      return [...required, '"x"', '1', '[1]'];
    default:
      return [...required, '1', 'true', '{ a: 1 }', 'NAME'];
  }
}

/** JSON variable values of the wrong type for the input type (each must fail coercion). */
function wrongValues(type: GraphQLInputType): unknown[] {
  const inner = getNullableType(type) as GraphQLInputType;
  const required = isNonNullType(type) ? [null] : [];
  // (a single value is a list of one: 'x' would be a valid [ID])
  if (isListType(inner)) return [...required, [{ deep: [1] }], [[[true]]]];
  if (isEnumType(inner)) return [...required, 'NOT_A_VALUE', 1];
  if (isInputObjectType(inner)) return [...required, 'x', [1], { notAField: 1 }];
  switch ((inner as GraphQLNamedType).name) {
    case 'ID':
      return [...required, true, { a: 1 }, 1.5];
    case 'Int':
      return [...required, '1', 1.5, 2 ** 40, true];
    case 'Float':
      return [...required, 'x', true];
    case 'Boolean':
      return [...required, 'true', 0];
    case 'DateTime':
      return [...required, 'not a date', true];
    case 'JSONObject':
      return [...required, 'x', [1]];
    default:
      return [...required, 1, true, { a: 1 }];
  }
}

const typeName = (type: GraphQLInputType): string =>
  isNonNullType(type)
    ? `${typeName(type.ofType)}!`
    : isListType(type)
      ? `[${typeName(type.ofType)}]`
      : type.name;

const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

function argsText(
  field: GraphQLField<unknown, unknown>,
  override?: { arg: GraphQLArgument; literal?: string },
) {
  const parts = requiredArgs(field)
    .filter((a) => !override || a.name !== override.arg.name || override.literal !== undefined)
    .map((a) => `${a.name}: ${override?.arg.name === a.name ? override.literal : validLiteral(a.type)}`);
  if (override?.literal !== undefined && !requiredArgs(field).includes(override.arg))
    parts.push(`${override.arg.name}: ${override.literal}`);
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** The smallest valid selection of a type: one leaf field without arguments, or `__typename`. */
function leaf(type: GraphQLNamedType): string {
  if (isLeafType(type)) return '';
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = Object.values(type.getFields()).find(
      (f) => isLeafType(getNamedType(f.type)) && !requiredArgs(f).length,
    );
    return `{ ${field?.name ?? '__typename'} }`;
  }
  return '{ __typename }';
}

const fieldText = (field: GraphQLField<unknown, unknown>, alias?: string) =>
  `${alias ? `${alias}: ` : ''}${field.name}${argsText(field)} ${leaf(getNamedType(field.type))}`;

const rootFields = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {});

type Step = { field: GraphQLField<unknown, unknown>; type: GraphQLObjectType };

/** Object-typed fields of a type (through interfaces and unions: their first object type). */
function objectSteps(schema: GraphQLSchema, type: GraphQLNamedType): Step[] {
  if (!isObjectType(type) && !isInterfaceType(type)) return [];
  return Object.values(type.getFields()).flatMap((field) => {
    const target = getNamedType(field.type);
    const object = isObjectType(target)
      ? target
      : isUnionType(target) || isInterfaceType(target)
        ? schema.getPossibleTypes(target)[0]
        : undefined;
    return object && isObjectType(type) ? [{ field, type: object }] : [];
  });
}

/**
 * The longest chain of object fields below a type. The schema has no object cycles (the deepest valid
 * selection is a few levels), so deeper documents repeat the chain's names past its end: what breaks the
 * depth limit there is a document no valid query can reach.
 */
function deepestPath(schema: GraphQLSchema, type: GraphQLObjectType, seen = new Set<string>()): Step[] {
  let best: Step[] = [];
  for (const step of objectSteps(schema, type)) {
    if (seen.has(step.type.name)) continue;
    const path = [step, ...deepestPath(schema, step.type, new Set(seen).add(step.type.name))];
    if (path.length > best.length) best = path;
  }
  return best;
}

const stepText = (s: Step) => `${s.field.name}${argsText(s.field)}`;

/** A selection `depth` levels below the root field: the real chain, then its names again. */
function deepSelection(chain: Step[], rootName: string, depth: number): string {
  const names = [...chain.map(stepText), rootName];
  const levels = Array.from({ length: depth }, (_, i) => names[i % names.length]!);
  return `${levels.map((n) => `${n} { `).join('')}__typename${' }'.repeat(depth)}`;
}

function misspellings(name: string): string[] {
  const out = new Set<string>([
    name.slice(0, -1),
    `${name}s`,
    name.length > 3
      ? `${name.slice(0, 1)}${name.slice(2, 3)}${name.slice(1, 2)}${name.slice(3)}`
      : `${name}x`,
    name.toUpperCase() === name ? name.toLowerCase() : `${name.slice(0, 1).toUpperCase()}${name.slice(1)}`,
  ]);
  out.delete(name);
  return [...out];
}

const body = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify(variables ? { query, variables } : { query });

/** The whole corpus: HTTP documents per class, and hostile subscriptions over graphql-ws. */
export function hostileCorpus(schema: GraphQLSchema, limits: Limits): HostileDocument[] {
  const docs: HostileDocument[] = [];
  const add = (cls: HostileClass, label: string, query: string, variables?: Record<string, unknown>) =>
    docs.push({ class: cls, label, transport: 'http', body: body(query, variables) });
  const addWs = (label: string, query: string, variables?: Record<string, unknown>) =>
    docs.push({ class: 'subscriptions', label, transport: 'ws', body: '', payload: { query, variables } });
  const queries = rootFields(schema.getQueryType());
  const mutations = rootFields(schema.getMutationType());
  const subscriptions = rootFields(schema.getSubscriptionType());
  const roots = [
    ...queries.map((f) => ({ op: 'query', field: f })),
    ...mutations.map((f) => ({ op: 'mutation', field: f })),
    ...subscriptions.map((f) => ({ op: 'subscription', field: f })),
  ];
  const publicField = queries.find((f) => f.name === 'systemStatus')!;

  // Deep nesting: the deepest real chain below every root field continued past the limit; nested
  // inline fragments, lists and input objects thousands deep (parser and validator recursion).
  const deepDepths = [limits.maxDepth + 1, 40];
  for (const [n, { op, field }] of roots.entries()) {
    const target = getNamedType(field.type);
    if (!isObjectType(target)) continue;
    const chain = deepestPath(schema, target);
    for (const depth of op === 'subscription' ? deepDepths : [deepDepths[n % 2]!]) {
      const query = `${op} { ${field.name}${argsText(field)} { ${deepSelection(chain, field.name, depth)} } }`;
      if (op === 'subscription') addWs(`${field.name} ${depth} deep`, query);
      else add('deep nesting', `${field.name} ${depth} deep`, query);
    }
  }
  for (const length of [100, 1000, 2400])
    add(
      'deep nesting',
      `chain of ${length} fragments`,
      `{ ...F0 } ${Array.from({ length }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(' ')} fragment F${length} on Query { systemStatus { status } }`,
    );
  for (const levels of [100, 1000, 5000]) {
    add(
      'deep nesting',
      `${levels} nested inline fragments`,
      `{ ${'... { '.repeat(levels)}systemStatus { status }${' }'.repeat(levels)} }`,
    );
    add(
      'deep nesting',
      `${levels} nested selections`,
      `{ ${'systemStatus { '.repeat(levels)}status${' }'.repeat(levels)} }`,
    );
    add(
      'deep nesting',
      `${levels} nested list literal`,
      `{ systemStatus(x: ${'['.repeat(levels)}1${']'.repeat(levels)}) { status } }`,
    );
    add(
      'deep nesting',
      `${levels} nested object literal`,
      `{ systemStatus(x: ${'{ a: '.repeat(levels)}1${' }'.repeat(levels)}) { status } }`,
    );
    docs.push({
      class: 'deep nesting',
      label: `${levels} nested variable`,
      transport: 'http',
      body: `{"query":"query($v: [[Int]]) { systemStatus { status } }","variables":{"v":${'['.repeat(levels)}1${']'.repeat(levels)}}}`,
    });
  }

  // Alias floods on every root field; over the socket, aliases inside the one subscription field.
  for (const { op, field } of roots) {
    for (const n of op === 'subscription'
      ? [limits.maxAliases + 1, limits.maxAliases * 4]
      : [limits.maxAliases + 1]) {
      if (op === 'subscription') {
        const inner = Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ');
        addWs(
          `${field.name} with ${n} aliases`,
          `subscription { ${field.name}${argsText(field)} { ${inner} } }`,
        );
        continue;
      }
      const selections = Array.from({ length: n }, (_, i) => fieldText(field, `a${i}`)).join(' ');
      add(
        op === 'mutation' ? 'batched mutations' : 'alias flood',
        `${n} × ${field.name}`,
        `${op} { ${selections} }`,
      );
    }
    if (op === 'query') {
      const target = getNamedType(field.type);
      if (isObjectType(target)) {
        const inner = Array.from({ length: limits.maxAliases + 5 }, (_, i) => `b${i}: __typename`).join(' ');
        add(
          'alias flood',
          `${field.name} with nested aliases`,
          `{ ${field.name}${argsText(field)} { ${inner} } }`,
        );
      }
    }
  }

  // Batched mutations without aliases: more distinct root fields than a mutation may hold.
  for (let start = 0; start + limits.maxRootMutations < mutations.length; start += 3) {
    const batch = mutations.slice(start, start + limits.maxRootMutations + 1 + (start % 7));
    add(
      'batched mutations',
      `${batch.length} mutation fields from ${batch[0]!.name}`,
      `mutation { ${batch.map((f) => fieldText(f)).join(' ')} }`,
    );
  }
  add(
    'batched mutations',
    'every mutation field',
    `mutation { ${mutations.map((f) => fieldText(f)).join(' ')} }`,
  );

  // Batched HTTP operations: JSON arrays of operations (batching is off).
  const plain = queries.slice(0, 40).map((f) => `{ ${fieldText(f)} }`);
  for (const size of [1, 2, 5, 20])
    for (let i = 0; i < 10; i++)
      docs.push({
        class: 'batched operations',
        label: `array of ${size}`,
        transport: 'http',
        body: JSON.stringify(
          Array.from({ length: size }, (_, j) => ({
            query:
              i % 2
                ? `mutation { ${fieldText(mutations[(i + j) % mutations.length]!)} }`
                : plain[(i + j) % plain.length],
          })),
        ),
      });

  // Huge tokens: more tokens than allowed on every root query field; one-token monsters.
  for (const field of queries.filter((_, i) => i % 4 === 0)) {
    const repeats = Math.ceil(limits.maxTokens / 2) + 10;
    add(
      'huge tokens',
      `${field.name} with ${repeats * 2}+ tokens`,
      `{ ${field.name}${argsText(field)} { ${'__typename '.repeat(repeats * 2)} } }`,
    );
  }
  for (const size of [100_000, 400_000]) {
    add('huge tokens', `a ${size}-character name`, `{ ${'a'.repeat(size)} }`);
    add('huge tokens', `${size} braces`, '{'.repeat(size));
    add('huge tokens', `${size} tokens of punctuation`, `{ systemStatus ${'! '.repeat(size / 2)} }`);
  }

  // Huge bodies: beyond the body limit, as strings, variables, comments and documents.
  const over = limits.bodyLimitBytes + 1024;
  const stringArg = queries.find((f) => f.args.some((a) => getNamedType(a.type).name === 'String'));
  for (const extra of [over, over * 2]) {
    add('huge bodies', `comment of ${extra}`, `{ systemStatus { status } } #${'x'.repeat(extra)}`);
    add('huge bodies', `variables of ${extra}`, '{ systemStatus { status } }', { v: 'x'.repeat(extra) });
    add(
      'huge bodies',
      `document of ${extra}`,
      `{ ${'systemStatus { status } '.repeat(Math.ceil(extra / 24) + 10)} }`,
    );
    if (stringArg) {
      const arg = stringArg.args.find((a) => getNamedType(a.type).name === 'String')!;
      add(
        'huge bodies',
        `string argument of ${extra}`,
        `{ ${stringArg.name}(${arg.name}: "${'x'.repeat(extra)}") { __typename } }`,
      );
    }
    add(
      'huge bodies',
      `logIn with a ${extra} password`,
      'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }',
      {
        i: { email: 'a@example.org', password: 'p'.repeat(extra) },
      },
    );
  }

  // Unknown fields, arguments and types misspelt from real ones (no "Did you mean" in production).
  for (const { op, field } of roots) {
    for (const wrong of misspellings(field.name).slice(0, 1))
      add('unknown fields', `${op} ${wrong}`, `${op} { ${wrong}${argsText(field)} { __typename } }`);
    const target = getNamedType(field.type);
    const n = roots.findIndex((r) => r.field === field);
    if (n % 2) continue;
    if (op === 'query' && (isObjectType(target) || isInterfaceType(target)))
      for (const sub of Object.values(target.getFields()).slice(0, 1))
        add(
          'unknown fields',
          `${field.name}.${sub.name}`,
          `{ ${field.name}${argsText(field)} { ${misspellings(sub.name)[0]} } }`,
        );
    const arg = field.args[0];
    if (arg && op !== 'subscription')
      add(
        'unknown fields',
        `${field.name}(${arg.name})`,
        `${op} { ${field.name}(${misspellings(arg.name)[1]}: ${validLiteral(arg.type)}) ${leaf(target)} }`,
      );
    if (op === 'query' && isObjectType(target))
      add(
        'unknown fields',
        `on ${target.name}`,
        `{ ${field.name}${argsText(field)} { ... on ${misspellings(target.name)[0]} { __typename } } }`,
      );
  }

  // Wrong argument types (literals and variables), for every argument of every root field.
  for (const { op, field } of roots) {
    if (op === 'subscription') continue;
    for (const [n, arg] of field.args.entries()) {
      const rotate = <T>(list: T[], count: number) =>
        list.filter((_, i) => (i + n) % Math.ceil(list.length / count) === 0);
      for (const literal of rotate(wrongLiterals(arg.type), 1))
        add(
          'wrong argument types',
          `${field.name}(${arg.name}: ${literal})`,
          `${op} { ${field.name}${argsText(field, { arg, literal })} ${leaf(getNamedType(field.type))} }`,
        );
      const declared = `${op}($v: ${typeName(arg.type)}) { ${field.name}${argsText(field, { arg, literal: '$v' })} ${leaf(getNamedType(field.type))} }`;
      for (const value of rotate(wrongValues(arg.type), 1))
        add('wrong variable types', `${field.name}(${arg.name}) = ${JSON.stringify(value)}`, declared, {
          v: value,
        });
      const mismatched = getNamedType(arg.type).name === 'Boolean' ? 'DateTime' : 'Boolean';
      if (n % 2) continue;
      add(
        'wrong variable types',
        `${field.name}(${arg.name}) declared ${mismatched}`,
        `${op}($v: ${mismatched}) { ${field.name}${argsText(field, { arg, literal: '$v' })} ${leaf(getNamedType(field.type))} }`,
        { v: null },
      );
    }
  }

  // Missing required arguments and required input fields.
  for (const { op, field } of roots) {
    if (op === 'subscription') continue;
    for (const arg of requiredArgs(field)) {
      add(
        'missing arguments',
        `${field.name} without ${arg.name}`,
        `${op} { ${field.name}${argsText(field, { arg })} ${leaf(getNamedType(field.type))} }`,
      );
      const input = getNullableType(arg.type);
      if (isInputObjectType(input)) {
        const fields = Object.values((input as GraphQLInputObjectType).getFields()).filter((f) =>
          isNonNullType(f.type),
        );
        if (fields.length)
          add(
            'missing arguments',
            `${field.name}(${arg.name}) without its fields`,
            `${op} { ${field.name}${argsText(field, { arg, literal: '{}' })} ${leaf(getNamedType(field.type))} }`,
          );
      }
    }
  }

  // Fragment cycles: a fragment spreading itself, pairs and triangles, on every root query type.
  for (const field of queries) {
    const target = getNamedType(field.type);
    if (!isObjectType(target)) continue;
    const on = target.name;
    const head = `{ ${field.name}${argsText(field)} { ...A } }`;
    add('fragment cycles', `${on} self`, `${head} fragment A on ${on} { __typename ...A }`);
    add(
      'fragment cycles',
      `${on} pair`,
      `${head} fragment A on ${on} { ...B } fragment B on ${on} { __typename ...A }`,
    );
    add(
      'fragment cycles',
      `${on} triangle`,
      `${head} fragment A on ${on} { ...B } fragment B on ${on} { ...C } fragment C on ${on} { ...A }`,
    );
    const step = objectSteps(schema, target).find((s) => s.type === target);
    if (step)
      add(
        'fragment cycles',
        `${on} through ${step.field.name}`,
        `${head} fragment A on ${on} { ${stepText(step)} { ...A } }`,
      );
  }

  // Directive floods: repeated, unknown, misplaced and mistyped directives.
  for (const field of queries.filter((_, i) => i % 6 === 0)) {
    const f = `${field.name}${argsText(field)}`;
    const sel = leaf(getNamedType(field.type));
    add(
      'directive floods',
      `${field.name} @include × 200`,
      `{ ${f} ${'@include(if: true) '.repeat(200)} ${sel} }`,
    );
    add(
      'directive floods',
      `${field.name} unknown × 200`,
      `{ ${f} ${Array.from({ length: 200 }, (_, i) => `@d${i}`).join(' ')} ${sel} }`,
    );
    add('directive floods', `${field.name} @skip(if: "yes")`, `{ ${f} @skip(if: "yes") ${sel} }`);
    add('directive floods', `${field.name} @deprecated`, `{ ${f} @deprecated ${sel} }`);
  }
  add(
    'directive floods',
    'operation directives × 500',
    `query ${'@include(if: true) '.repeat(500)} { systemStatus { status } }`,
  );

  // Introspection: __schema and __type in every shape, for every type name.
  const introspection = [
    '{ __schema { types { name fields { name } } } }',
    '{ __schema { queryType { name } mutationType { name } } }',
    '{ s: __schema { directives { name } } }',
    'query { ...I } fragment I on Query { __schema { types { name } } }',
    'query { ... on Query { __schema { subscriptionType { name } } } }',
    'query IntrospectionQuery { __schema { types { kind name } } }',
    `{ ${publicField.name} { status } __schema { types { name } } }`,
  ];
  for (const q of introspection) add('introspection', q, q);
  for (const type of Object.values(schema.getTypeMap()).filter(
    (t, i) => !t.name.startsWith('__') && i % 2 === 0,
  ))
    add('introspection', `__type ${type.name}`, `{ __type(name: "${type.name}") { name fields { name } } }`);
  add('introspection', '__type via variable', 'query($n: String!) { __type(name: $n) { name } }', {
    n: 'Query',
  });

  // Complexity bombs: fragments spread many times down the deepest chain, within the depth and alias
  // limits and a few hundred tokens, multiplying into more fields than the complexity limit allows.
  const bomb = (op: string, field: GraphQLField<unknown, unknown>, minChain: number) => {
    const target = getNamedType(field.type);
    if (!isObjectType(target)) return undefined;
    const chain = deepestPath(schema, target);
    if (chain.length < minChain) return undefined;
    const types = [target, ...chain.map((c) => c.type)];
    const leaves = (t: GraphQLObjectType) =>
      Object.values(t.getFields())
        .filter((f) => isLeafType(getNamedType(f.type)) && !requiredArgs(f).length)
        .map((f) => f.name);
    const width = Math.max(1, leaves(types[chain.length]!).length);
    const fanOut = Math.max(
      2,
      Math.ceil(((4 * limits.maxComplexity) / width) ** (1 / Math.max(1, chain.length))),
    );
    const fragments = types.map((t, k) =>
      k === chain.length
        ? `fragment C${k} on ${t.name} { __typename ${leaves(t).join(' ')} }`
        : `fragment C${k} on ${t.name} { ${stepText(chain[k]!)} { ${`...C${k + 1} `.repeat(fanOut)}} }`,
    );
    const spreads = chain.length ? '...C0' : '...C0 '.repeat(fanOut);
    return {
      label: `${field.name} ${fanOut}^${chain.length} × ${width} fields`,
      query: `${op} { ${field.name}${argsText(field)} { ${spreads} } } ${fragments.join(' ')}`,
    };
  };
  for (const field of queries.filter((_, i) => i % 8 === 0)) {
    const found = bomb('query', field, 2);
    if (found) add('complexity bombs', found.label, found.query);
  }

  // Subscriptions: unknown fields, introspection, huge tokens, queries and mutations over the socket.
  for (const field of subscriptions) {
    const f = `${field.name}${argsText(field)}`;
    addWs(
      `${field.name} misspelt`,
      `subscription { ${misspellings(field.name)[0]}${argsText(field)} { __typename } }`,
    );
    addWs(`${field.name} tokens`, `subscription { ${f} { ${'__typename '.repeat(limits.maxTokens)} } }`);
    addWs(
      `${field.name} fragment cycle`,
      `subscription { ${f} { ...A } } fragment A on ${getNamedType(field.type).name} { ...A }`,
    );
    addWs(
      `${field.name} wrong argument`,
      `subscription { ${field.name}${field.args[0] ? `(${field.args[0].name}: true)` : '(nope: 1)'} { __typename } }`,
    );
    for (const [i, arg] of field.args.entries())
      addWs(
        `${field.name} variable`,
        `subscription($v: ${typeName(arg.type)}) { ${field.name}${argsText(field, { arg, literal: '$v' })} ${leaf(getNamedType(field.type))} }`,
        { v: [{ i }] },
      );
  }
  for (const field of subscriptions)
    add('subscriptions', `${field.name} over HTTP`, `subscription { ${fieldText(field)} }`);
  for (const field of subscriptions) {
    const found = bomb('subscription', field, 0);
    if (found) addWs(`complexity: ${found.label}`, found.query);
    addWs(
      `${field.name} brackets 3000 deep`,
      `subscription { ${field.name}${argsText(field)} { ${'... { '.repeat(3000)}__typename${' }'.repeat(3000)} } }`,
    );
  }
  addWs('__schema', 'subscription { __schema { types { name } } }');
  addWs('query over the socket', '{ __schema { types { name } } }');
  addWs('public query over the socket', `{ ${publicField.name} { status } }`);
  addWs(
    'mutation over the socket',
    `mutation { ${fieldText(mutations.find((m) => m.name === 'logIn') ?? mutations[0]!)} }`,
  );
  return docs;
}
