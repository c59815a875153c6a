import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

// Report through the validation context (→ GRAPHQL_VALIDATION_FAILED, HTTP 400) instead of throwing.
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxComplexity: number;
  maxTokens: number;
}

/**
 * The most root fields one mutation operation may select: the web sends one, and a batch of mutations in
 * one document would bypass per-request limits (many writes, or many sign-in attempts, per request).
 */
export const MAX_ROOT_MUTATIONS = 10;

/** Rejects mutation operations with more than `max` root fields (counted through fragments). */
export function maxRootMutationsRule(max = MAX_ROOT_MUTATIONS): ValidationRule {
  return (context) => {
    const count = (selections: readonly SelectionNode[], seen: Set<string>): number =>
      selections.reduce((total, selection) => {
        if (selection.kind === Kind.FIELD) return total + (selection.name.value === '__typename' ? 0 : 1);
        if (selection.kind === Kind.INLINE_FRAGMENT)
          return total + count(selection.selectionSet.selections, seen);
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        if (!fragment || seen.has(name)) return total;
        return total + count(fragment.selectionSet.selections, new Set(seen).add(name));
      }, 0);
    return {
      OperationDefinition(node) {
        if (node.operation !== OperationTypeNode.MUTATION) return;
        const fields = count(node.selectionSet.selections, new Set());
        if (fields > max)
          context.reportError(
            new GraphQLError(
              `A mutation may hold at most ${max} fields (this one holds ${fields}); send them as separate requests`,
              { nodes: [node] },
            ),
          );
      },
    };
  };
}

/** Nesting beyond which documents are refused without walking them further (and before parsing). */
export const WALK_LIMIT = 100;

/**
 * How deep the brackets of a GraphQL source nest (`{`, `[`, `(`; strings and comments skipped), capped just
 * past `cap`. graphql-js parses recursively: a few thousand nested levels, well within the token limit,
 * overflow its stack, so such sources are refused before they are parsed.
 */
export function sourceNestingDepth(source: string, cap = WALK_LIMIT): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        const end = source.indexOf('"""', i + 3);
        i = end < 0 ? source.length : end + 2;
      } else {
        for (i++; i < source.length && source[i] !== '"' && source[i] !== '\n'; i++)
          if (source[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > cap) return deepest;
    } else if (c === '}' || c === ']' || c === ')') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/**
 * How deep the selections of the document nest, counting fields with selections, inline fragments and
 * fragment spreads as levels, capped at `cap` (so neither long fragment chains nor fragments spread many
 * times make this walk long or deep). The depth limit counts fields only: `{ ... { ... { … } } }` or a chain
 * of thousands of fragments passed it, and overflowed the stack of the checks that follow fragments.
 */
export function nestingDepth(document: DocumentNode, cap: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, { depth: number; budget: number }>();
  const ofFragment = (name: string, budget: number, path: Set<string>): number => {
    const known = memo.get(name);
    if (known && (known.depth < known.budget || known.budget >= budget)) return Math.min(known.depth, budget);
    const fragment = fragments.get(name);
    if (!fragment || path.has(name)) return 0; // unknown fragments and cycles are other rules' errors
    const depth = ofSet(fragment.selectionSet, budget, new Set(path).add(name));
    memo.set(name, { depth, budget });
    return depth;
  };
  const ofSet = (set: SelectionSetNode, budget: number, path: Set<string>): number => {
    if (budget <= 0) return 1;
    let deepest = 1;
    for (const selection of set.selections) {
      if (deepest > budget) break;
      const below =
        selection.kind === Kind.FRAGMENT_SPREAD
          ? ofFragment(selection.name.value, budget - 1, path)
          : selection.selectionSet
            ? ofSet(selection.selectionSet, budget - 1, path)
            : 0;
      deepest = Math.max(deepest, 1 + below);
    }
    return Math.min(deepest, budget + 1);
  };
  let deepest = 0;
  for (const d of document.definitions)
    if (d.kind === Kind.OPERATION_DEFINITION)
      deepest = Math.max(deepest, ofSet(d.selectionSet, cap, new Set()));
  return Math.min(deepest, cap + 1);
}

/** Rejects subscription operations sent over HTTP: they are served over graphql-ws only. */
export function httpOperationPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION)
            throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) on this path', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
        },
      };
    },
  };
}

/** Depth, alias and batched-mutation limits run as validation rules: rejected with HTTP 400 before any resolver. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const depth = maxDepthRule({
    n: limits.maxDepth,
    ignoreIntrospection: true,
    flattenFragments: true,
    ...report,
  });
  // Aliased __typename counts too (the default allow-list would let thousands through per request).
  const aliases = maxAliasesRule({ n: limits.maxAliases, allowList: [], ...report });
  // Levels of selections, inline fragments and spreads (the operation's own selection set is one).
  const maxNesting = 2 * limits.maxDepth + 1;
  const nesting = new WeakMap<DocumentNode, number>();
  const nestingOf = (context: ValidationContext) => {
    const document = context.getDocument();
    const known = nesting.get(document);
    if (known !== undefined) return known;
    const found = nestingDepth(document, WALK_LIMIT);
    nesting.set(document, found);
    return found;
  };
  return [
    (context) => {
      if (nestingOf(context) <= WALK_LIMIT) return depth(context);
      // Too deep for the depth and alias rules to walk (they recurse through fragments): refused here.
      context.reportError(
        new GraphQLError(
          `Query depth limit of ${limits.maxDepth} exceeded: selections nest over ${WALK_LIMIT} levels`,
        ),
      );
      return {};
    },
    (context) => (nestingOf(context) <= WALK_LIMIT ? aliases(context) : {}),
    (context) => {
      const found = nestingOf(context);
      if (found > maxNesting && found <= WALK_LIMIT)
        context.reportError(
          new GraphQLError(
            `Selections nest ${found} levels deep (fields, inline fragments and fragment spreads); the limit is ${maxNesting}`,
          ),
        );
      return {};
    },
    maxRootMutationsRule(),
  ];
}

/**
 * The refusal of an operation whose estimated cost exceeds the limit (or whose variables do not fit their
 * types), or undefined when it may run.
 */
export function estimateComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  maxComplexity: number,
): GraphQLError | undefined {
  const expanded = expandedFieldCount(document, operationName, maxComplexity + 1);
  if (expanded > maxComplexity) return tooComplex(`more than ${maxComplexity}`, maxComplexity);
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // The estimate coerces the variables first: values that do not fit their types are the client's
    // mistake (400), as they would be at execution, not a failure of the server.
    if (!(error instanceof GraphQLError)) throw error;
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  if (complexity > maxComplexity) return tooComplex(String(complexity), maxComplexity);
  return undefined;
}

const tooComplex = (complexity: string, maxComplexity: number) =>
  new GraphQLError(`Query is too complex (${complexity}, limit ${maxComplexity})`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
  });

/**
 * The fields of the operation once its fragments are expanded, counted in one pass over the document
 * (each fragment once) and capped at `cap`. Fragments spread many times multiply into far more fields than
 * the document shows; the complexity estimate walks every one of them (and gives up at 10,000 nodes, after
 * some 200 ms), so those documents are refused on this count first.
 */
export function expandedFieldCount(
  document: DocumentNode,
  operationName: string | null | undefined,
  cap: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const ofFragment = (name: string, path: Set<string>): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || path.has(name)) return 0; // unknown fragments and cycles are validation errors
    const count = ofSet(fragment.selectionSet, new Set(path).add(name));
    memo.set(name, count);
    return count;
  };
  const ofSet = (set: SelectionSetNode, path: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (total > cap) break;
      if (selection.kind === Kind.FRAGMENT_SPREAD) total += ofFragment(selection.name.value, path);
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += ofSet(selection.selectionSet, path);
      else total += 1 + (selection.selectionSet ? ofSet(selection.selectionSet, path) : 0);
    }
    return Math.min(total, cap);
  };
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return operation ? ofSet(operation.selectionSet, new Set()) : 0;
}

/** Estimates remembered per document (operation name and variables → refusal or undefined), at most this many. */
const ESTIMATES_PER_DOCUMENT = 100;

/** Rejects operations whose estimated cost exceeds the limit, after validation, before execution. */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  const estimates = new WeakMap<DocumentNode, Map<string, GraphQLError | undefined>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          // Apollo hands the same document object for the same query text (its document store): the estimate
          // of a document with the same operation and variables is remembered (a WeakMap: it goes with it).
          const key = `${request.operationName ?? ''}\n${request.variables ? JSON.stringify(request.variables) : ''}`;
          let known = estimates.get(document);
          if (!known) estimates.set(document, (known = new Map()));
          let refusal = known.get(key);
          if (refusal === undefined && !known.has(key)) {
            refusal = estimateComplexity(
              schema,
              document,
              request.operationName,
              request.variables,
              maxComplexity,
            );
            if (known.size >= ESTIMATES_PER_DOCUMENT) known.clear();
            known.set(key, refusal);
          }
          // A fresh error each time (Apollo may annotate the one it is given).
          if (refusal)
            throw new GraphQLError(refusal.message, { nodes: refusal.nodes, extensions: refusal.extensions });
        },
      };
    },
  };
}
