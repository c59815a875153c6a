import type { NextFunction, Request, Response } from 'express';
import { sourceNestingDepth, WALK_LIMIT } from '@sixcan/server-core';
import { json } from 'express';

export { json };

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
  const tooLarge = error.type === 'entity.too.large';
  res.status(tooLarge ? 413 : 400).json({
    errors: [
      {
        message: tooLarge
          ? `The request body is larger than ${Math.round((error.limit ?? 0) / 1024)} KB; send a smaller document`
          : 'The request body is not valid JSON',
        extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
      },
    ],
  });
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
    res.status(400).json({
      errors: [
        {
          message: `Syntax Error: the document nests more than ${maxNesting} levels deep`,
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
      ],
    });
  };
}
