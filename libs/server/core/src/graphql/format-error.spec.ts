import { GraphQLError } from 'graphql';
import { formatGraphqlError, isDatabaseUnavailable } from './format-error';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('formatGraphqlError', () => {
  const format = formatGraphqlError(true);
  const formatted = (error: unknown) =>
    format(
      { message: error instanceof Error ? error.message : 'x' },
      new GraphQLError('wrapped', { originalError: error as Error, path: ['field'] }),
    );

  it.each([
    ['no pool connection free in time', new Error('timeout exceeded when trying to connect')],
    ['the server refusing connections', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection cut mid-query', new Error('Connection terminated unexpectedly')],
    ['an administrator shutdown', withCode('terminating connection due to administrator command', '57P01')],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    ['too many connections', withCode('sorry, too many clients already', '53300')],
    [
      'a transaction whose connection was lost',
      new Error('Query runner already released. Cannot run queries anymore.'),
    ],
    [
      'a client left broken by a lost connection',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    [
      'a reset during COMMIT, wrapped by TypeORM',
      Object.assign(new Error('read ECONNRESET'), { driverError: withCode('read ECONNRESET', 'ECONNRESET') }),
    ],
  ])('answers %s as a retryable SERVICE_UNAVAILABLE', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(formatted(error).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(formatted(error).message).toMatch(/briefly unavailable/);
  });

  it('keeps other failures internal, with their message hidden in production', () => {
    const error = withCode('duplicate key value violates unique constraint', '23505');
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(formatted(error)).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
