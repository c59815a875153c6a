import { print } from 'graphql';
import {
  RefreshSessionDocument,
  type AuthPayloadFieldsFragment,
  type MeFieldsFragment,
} from '../../gql/graphql';

/**
 * The session outside React: the access token lives in memory only, the (single-use, rotating)
 * refresh token in localStorage under `sixcan.refresh`. React reads it through useSession().
 */
export type Me = MeFieldsFragment;

export type SessionState =
  | { status: 'restoring' }
  /** signedOut: the user chose "Sign out" (not: never signed in, or the session expired). */
  | { status: 'anonymous'; signedOut?: boolean }
  | { status: 'authenticated'; me: Me };

export const REFRESH_STORAGE_KEY = 'sixcan.refresh';
/** Refresh this long before the access token expires, so requests never carry an expired one. */
const REFRESH_MARGIN_MS = 60_000;

let state: SessionState = { status: 'restoring' };
let accessToken: string | undefined;
let accessTokenExpiresAt = 0;
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSessionState(): SessionState {
  return state;
}

export function readRefreshToken(): string | undefined {
  try {
    return window.localStorage.getItem(REFRESH_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeRefreshToken(token: string | undefined): void {
  try {
    if (token) window.localStorage.setItem(REFRESH_STORAGE_KEY, token);
    else window.localStorage.removeItem(REFRESH_STORAGE_KEY);
  } catch {
    // storage disabled: the session lasts for this page only
  }
}

/** Stores a new token pair and the signed-in user. */
export function applyAuthPayload(payload: AuthPayloadFieldsFragment): void {
  accessToken = payload.accessToken;
  accessTokenExpiresAt = Date.parse(payload.accessTokenExpiresAt) || Date.now() + 14 * 60_000;
  writeRefreshToken(payload.refreshToken);
  setState({ status: 'authenticated', me: payload.me });
}

/** Replaces the signed-in user's details (after a profile update). */
export function updateMe(me: Me): void {
  if (state.status === 'authenticated') setState({ status: 'authenticated', me });
}

/** Forgets the session locally (the caller revokes the refresh token on the server if it can). */
export function clearSession(signedOut = false): void {
  accessToken = undefined;
  accessTokenExpiresAt = 0;
  writeRefreshToken(undefined);
  setState({ status: 'anonymous', signedOut });
}

export function currentAccessToken(): string | undefined {
  return accessToken;
}

export function accessTokenExpiresSoon(now = Date.now()): boolean {
  return accessToken !== undefined && accessTokenExpiresAt - now < REFRESH_MARGIN_MS;
}

type RefreshOutcome = 'refreshed' | 'rejected' | 'unreachable';

async function exchange(refreshToken: string): Promise<RefreshOutcome> {
  let body: {
    data?: { refreshSession?: AuthPayloadFieldsFragment } | null;
    errors?: { extensions?: { code?: unknown } }[];
  };
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        operationName: 'RefreshSession',
        query: print(RefreshSessionDocument),
        variables: { refreshToken },
      }),
    });
    body = await response.json();
  } catch {
    return 'unreachable';
  }
  const payload = body.data?.refreshSession;
  if (payload) {
    applyAuthPayload(payload);
    return 'refreshed';
  }
  const codes = (body.errors ?? []).map((error) => error.extensions?.code);
  // Only a verdict on the token ends the session; a rate limit or a server hiccup does not.
  return codes.some((code) => code === 'UNAUTHENTICATED' || code === 'VALIDATION' || code === 'NOT_FOUND')
    ? 'rejected'
    : 'unreachable';
}

/** Runs fn while holding a lock shared by every tab, so two tabs never spend the same refresh token. */
function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request('sixcan.refresh', fn) as Promise<T>) : fn();
}

let inFlight: Promise<boolean> | undefined;

/**
 * Exchanges the stored refresh token for a new pair, once at a time (concurrent callers share the
 * attempt). Resolves true when the session is fresh; signs out and resolves false when the server
 * rejects the token.
 */
export function refreshSession(): Promise<boolean> {
  if (!inFlight) {
    inFlight = withRefreshLock(async () => {
      // Another tab may have rotated the token meanwhile: always read the latest one.
      const refreshToken = readRefreshToken();
      if (!refreshToken) {
        clearSession();
        return false;
      }
      const outcome = await exchange(refreshToken);
      if (outcome === 'rejected') clearSession();
      else if (outcome === 'unreachable' && state.status === 'restoring') setState({ status: 'anonymous' });
      return outcome === 'refreshed';
    }).finally(() => {
      inFlight = undefined;
    });
  }
  return inFlight;
}

let restoring: Promise<void> | undefined;

/** On app start: resume the session from the stored refresh token, if any (runs once). */
export function restoreSession(): Promise<void> {
  restoring ??= (async () => {
    if (!readRefreshToken()) {
      setState({ status: 'anonymous' });
      return;
    }
    await refreshSession();
    if (state.status === 'restoring') setState({ status: 'anonymous' });
  })();
  return restoring;
}

// Another tab signed out: follow it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === REFRESH_STORAGE_KEY && event.newValue === null && state.status === 'authenticated') {
      accessToken = undefined;
      accessTokenExpiresAt = 0;
      setState({ status: 'anonymous', signedOut: true });
    }
  });
}
