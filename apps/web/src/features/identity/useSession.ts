import { useApolloClient } from '@apollo/client/react';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { setLanguage } from '../../app/i18n';
import { isAppLanguage } from '../../app/i18n/language';
import {
  LogOutDocument,
  SwitchOrganizationDocument,
  type AuthPayloadFieldsFragment,
  type Role,
} from '../../gql/graphql';
import {
  applyAuthPayload,
  clearSession,
  getSessionState,
  readRefreshToken,
  subscribeSession,
  updateMe,
  type Me,
  type SessionState,
} from './session-store';

export interface Session {
  status: SessionState['status'];
  /** True after the user signed out (in this tab or another). */
  signedOut: boolean;
  me: Me | undefined;
  roles: readonly Role[];
  organization: Me['organization'] | undefined;
  hasRole: (role: Role) => boolean;
  /** Starts the session from a sign-up, log-in or invitation answer; the UI switches to the user's language. */
  signIn: (payload: AuthPayloadFieldsFragment) => void;
  signOut: () => Promise<void>;
  /** Resolves with the user in the new organisation (their roles there may differ). */
  switchOrganization: (organizationId: string) => Promise<Me | undefined>;
  updateMe: (me: Me) => void;
}

const NO_ROLES: readonly Role[] = [];

/** The signed-in user, their organisation and roles, and the actions that change the session. */
export function useSession(): Session {
  const state = useSyncExternalStore(subscribeSession, getSessionState);
  const client = useApolloClient();
  const me = state.status === 'authenticated' ? state.me : undefined;

  const signIn = useCallback(
    (payload: AuthPayloadFieldsFragment) => {
      void client.clearStore();
      applyAuthPayload(payload);
      if (isAppLanguage(payload.me.user.locale)) setLanguage(payload.me.user.locale);
    },
    [client],
  );

  const signOut = useCallback(async () => {
    const refreshToken = readRefreshToken();
    clearSession(true);
    await client.clearStore();
    if (refreshToken) {
      // Revoke on the server too; the local session is gone whatever the answer.
      await client.mutate({ mutation: LogOutDocument, variables: { refreshToken } }).catch(() => undefined);
    }
  }, [client]);

  const switchOrganization = useCallback(
    async (organizationId: string) => {
      const { data } = await client.mutate({
        mutation: SwitchOrganizationDocument,
        variables: { organizationId },
      });
      if (!data) return undefined;
      applyAuthPayload(data.switchOrganization);
      await client.resetStore();
      return data.switchOrganization.me;
    },
    [client],
  );

  return useMemo(() => {
    const roles = me?.roles ?? NO_ROLES;
    return {
      status: state.status,
      signedOut: state.status === 'anonymous' && state.signedOut === true,
      me,
      roles,
      organization: me?.organization,
      hasRole: (role: Role) => roles.includes(role),
      signIn,
      signOut,
      switchOrganization,
      updateMe,
    };
  }, [state, me, signIn, signOut, switchOrganization]);
}
