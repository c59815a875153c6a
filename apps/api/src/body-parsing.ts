import type { NextFunction, Request, Response } from 'express';
import { sourceNestingDepth, WALK_LIMIT } from '@sixcan/server-core';
import { json } from 'express';

export { json };

/** The largest request body the API reads (JSON and GraphQL). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** A request refused before GraphQL runs, answered in the GraphQL error shape. */
export interface ErrorAnswer {
  status: number;
  message: string;
  code: string;
}

export const tooLargeAnswer = (limit: number): ErrorAnswer => ({
  status: 413,
  message: `The request body is larger than ${Math.round(limit / 1024)} KB; send a smaller document`,
  code: 'PAYLOAD_TOO_LARGE',
});

export const invalidJsonAnswer = (): ErrorAnswer => ({
  status: 400,
  message: 'The request body is not valid JSON',
  code: 'BAD_REQUEST',
});

export const deepDocumentAnswer = (maxNesting: number): ErrorAnswer => ({
  status: 400,
  message: `Syntax Error: the document nests more than ${maxNesting} levels deep`,
  code: 'GRAPHQL_PARSE_FAILED',
});

function send(res: Response, { status, message, code }: ErrorAnswer): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/** Answers body-parser failures (too large, not JSON) in the GraphQL error shape, with a 4xx status. */
export function rejectBadBody(
  error: BodyParserError,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (
    !error.type?.startsWith('entity.') &&
    error.type !== 'encoding.unsupported' &&
    error.type !== 'charset.unsupported'
  ) {
    next(error);
    return;
  }
  send(res, error.type === 'entity.too.large' ? tooLargeAnswer(error.limit ?? 0) : invalidJsonAnswer());
}

/**
 * Refuses GraphQL documents whose brackets nest deeper than graphql-js can parse without overflowing its
 * stack (a 400 GraphQL error, before parsing), on POST bodies and GET query strings of /graphql.
 */
export function rejectDeepDocuments(maxNesting = WALK_LIMIT) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body: unknown = req.body;
    const fromBody =
      body && typeof body === 'object' && !Array.isArray(body)
        ? (body as { query?: unknown }).query
        : undefined;
    const query = typeof fromBody === 'string' ? fromBody : req.query['query'];
    if (
      req.path !== '/graphql' ||
      typeof query !== 'string' ||
      sourceNestingDepth(query, maxNesting) <= maxNesting
    ) {
      next();
      return;
    }
    send(res, deepDocumentAnswer(maxNesting));
  };
}
