import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '../errors/domain-error';

/** A message without graphql-js's `Did you mean "…"?` hint, which names fields of the schema. */
export const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean(.+?)\?$/, '');

/** Codes Apollo itself uses for documents it rejects before any resolver runs. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

/**
 * PostgreSQL unreachable, restarting or out of connections (SQLSTATE classes 08 and 53300, 57P01–57P03), a
 * connection lost mid-query (TypeORM then also releases the transaction's query runner), no pool connection
 * free within its timeout, or a lock not granted within DATABASE_LOCK_TIMEOUT_MS (55P03): the same request
 * succeeds once it is back or the lock is free. (A write whose COMMIT lost its connection may have been applied: the answer does not say it was not.)
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const driver = (error as { driverError?: unknown }).driverError;
  const codes = [error, driver].map((e) => String((e as { code?: unknown } | undefined)?.code ?? ''));
  return (
    codes.some(
      (code) =>
        /^08|^57P0[123]$|^53300$|^55P03$/.test(code) ||
        ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code),
    ) ||
    /timeout exceeded when trying to connect|Connection terminated|connection timeout|is not queryable|server closed the connection|terminating connection|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|read ECONNRESET|connect ECONNREFUSED|Query runner already released/i.test(
      error.message,
    )
  );
}

interface ValidationResponse {
  message?: string | string[];
}

/**
 * The single mapping from thrown errors to what clients see. Domain errors keep their code and
 * field list; request-level errors keep Apollo's code; anything else is an internal error whose
 * message is hidden in production.
 */
export function formatGraphqlError(isProduction: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof HttpException) {
      const status = original.getStatus();
      if (status === 400) {
        const body = original.getResponse() as ValidationResponse;
        const messages = Array.isArray(body.message) ? body.message : [body.message ?? original.message];
        return {
          ...base,
          message: `Invalid input: ${messages.join('; ')}`,
          extensions: {
            code: ErrorCode.VALIDATION,
            fields: messages.map((m) => ({ field: m.split(' ')[0], message: m })),
          },
        };
      }
      const code =
        status === 401
          ? ErrorCode.UNAUTHENTICATED
          : status === 403
            ? ErrorCode.FORBIDDEN
            : status === 404
              ? ErrorCode.NOT_FOUND
              : status === 429
                ? ErrorCode.RATE_LIMITED
                : undefined;
      if (code) return { ...base, message: original.message, extensions: { code } };
    }
    if (isDatabaseUnavailable(original))
      return {
        ...base,
        message: 'The service is briefly unavailable. Try again in a moment.',
        extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
      };
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      // Apollo hides suggestions from validation errors only; variable coercion errors carry them too.
      return {
        ...base,
        message: isProduction ? withoutSuggestions(base.message) : base.message,
        extensions: { code },
      };
    }
    return {
      ...base,
      message: isProduction ? 'Internal server error' : formatted.message,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
