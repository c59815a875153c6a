/** The error codes clients can rely on. Mapped once, by the GraphQL error formatter and the HTTP filter. */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  VALIDATION = 'VALIDATION',
  RATE_LIMITED = 'RATE_LIMITED',
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.VALIDATION]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
};

export interface FieldProblem {
  /** Path of the offending input, e.g. `input.title.en` or `row 12: country`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fields?: FieldProblem[]; [key: string]: unknown },
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    // Same message for absent and foreign objects: never tell whether it exists elsewhere.
    return new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
  }

  static validation(message: string, fields?: FieldProblem[]): DomainError {
    return new DomainError(ErrorCode.VALIDATION, message, fields ? { fields } : undefined);
  }

  static conflict(message: string): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message);
  }

  static forbidden(message = 'You are not allowed to do this'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Sign in to continue'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }
}
