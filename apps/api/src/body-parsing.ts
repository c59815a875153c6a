import type { NextFunction, Request, Response } from 'express';
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
