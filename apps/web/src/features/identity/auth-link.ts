import { ApolloLink } from '@apollo/client';
import { from, mergeMap, of, type Observable } from 'rxjs';
import {
  accessTokenExpiresSoon,
  currentAccessToken,
  getSessionState,
  readRefreshToken,
  refreshSession,
} from './session-store';

/** Operations that carry their own credentials (or none) and must never trigger a refresh. */
const PUBLIC_OPERATIONS = new Set(['SignUp', 'LogIn', 'RefreshSession', 'LogOut']);

function isUnauthenticated(result: ApolloLink.Result): boolean {
  return (result.errors ?? []).some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED');
}

function withToken(operation: ApolloLink.Operation): ApolloLink.Operation {
  const token = currentAccessToken();
  operation.setContext(({ headers }: { headers?: Record<string, string> }) => {
    const next = { ...headers };
    if (token) next['authorization'] = `Bearer ${token}`;
    else delete next['authorization'];
    return { headers: next };
  });
  return operation;
}

/**
 * Adds `Authorization: Bearer <access token>`; refreshes shortly before the token expires; on an
 * UNAUTHENTICATED answer refreshes once and retries the operation. When the refresh is refused the
 * session store signs out, and the original answer goes through.
 */
export const authLink = new ApolloLink((operation, forward): Observable<ApolloLink.Result> => {
  if (PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return forward(operation);

  const ready: Promise<unknown> =
    accessTokenExpiresSoon() && readRefreshToken() ? refreshSession() : Promise.resolve();

  return from(ready).pipe(
    mergeMap(() => forward(withToken(operation))),
    mergeMap((result) => {
      const canRetry =
        isUnauthenticated(result) &&
        readRefreshToken() !== undefined &&
        getSessionState().status !== 'anonymous';
      if (!canRetry) return of(result);
      return from(refreshSession()).pipe(
        mergeMap((refreshed) => (refreshed ? forward(withToken(operation)) : of(result))),
      );
    }),
  );
});
