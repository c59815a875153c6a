import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { DomainError, HTTP_STATUS } from './domain-error';

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

/**
 * Domain errors on plain HTTP routes (files, health) become JSON with the matching status.
 * In GraphQL the error is returned untouched and mapped by the error formatter.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<string>() !== 'http') return error;
    host
      .switchToHttp()
      .getResponse<JsonResponse>()
      .status(HTTP_STATUS[error.code])
      .json({ error: { code: error.code, message: error.message, ...error.details } });
  }
}
