import {
  DocumentNode,
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { withoutSuggestions } from './format-error';
import { estimateComplexity, limitRules, QueryLimits, sourceNestingDepth, WALK_LIMIT } from './limits';

/** What a graphql-ws `subscribe` message carries. */
export interface SocketOperationPayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export interface SocketOperationRules {
  limits: QueryLimits;
  /** Production: no introspection, no field suggestions (as over HTTP). */
  production: boolean;
}

export interface SocketExecutionArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
}

const refusal = (message: string, code: string, error?: GraphQLError) =>
  new GraphQLError(message, { nodes: error?.nodes, extensions: { code } });

/**
 * The checks Apollo runs on an HTTP request, for an operation sent over graphql-ws (which by itself only
 * parses without a token limit and validates with the standard rules): the token limit, the standard
 * rules plus the depth and alias limits (and no introspection in production), subscriptions only, then the
 * complexity estimate. Answers the errors to send back, or what to execute; no resolver runs before.
 */
export function checkSocketOperation(
  schema: GraphQLSchema,
  payload: SocketOperationPayload,
  rules: SocketOperationRules,
): GraphQLError[] | SocketExecutionArgs {
  if (typeof payload.query !== 'string' || sourceNestingDepth(payload.query) > WALK_LIMIT)
    return [
      refusal(`Syntax Error: the document nests more than ${WALK_LIMIT} levels deep`, 'GRAPHQL_PARSE_FAILED'),
    ];
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: rules.limits.maxTokens });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return [refusal(error.message, 'GRAPHQL_PARSE_FAILED', error)];
  }
  const validationRules = [
    ...specifiedRules,
    ...limitRules(rules.limits),
    ...(rules.production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  const invalid = validate(schema, document, validationRules);
  if (invalid.length)
    return invalid.map((e) =>
      refusal(rules.production ? withoutSuggestions(e.message) : e.message, 'GRAPHQL_VALIDATION_FAILED', e),
    );
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return [refusal('Unable to identify the operation', 'OPERATION_RESOLUTION_FAILURE')];
  if (operation.operation !== 'subscription')
    return [
      refusal(
        'Only subscriptions are served over WebSocket; send queries and mutations over HTTP',
        'BAD_REQUEST',
      ),
    ];
  const tooComplex = estimateComplexity(
    schema,
    document,
    payload.operationName,
    payload.variables,
    rules.limits.maxComplexity,
  );
  if (tooComplex)
    return [
      refusal(
        rules.production ? withoutSuggestions(tooComplex.message) : tooComplex.message,
        String(tooComplex.extensions['code']),
      ),
    ];
  return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
}
