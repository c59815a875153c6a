import { Injectable } from '@nestjs/common';
import { Role } from '@sixcan/domain';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokens, DomainError, Transactions } from '@sixcan/server-core';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { Membership } from '../membership/membership.entity';
import { hashToken, newToken } from '../secrets';
import { RefreshSession } from './refresh-session.entity';

export const REFRESH_TTL_DAYS = 30;

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  userId: string;
  organizationId: string;
  roles: Role[];
}

const expired = () => DomainError.unauthenticated('Your session has ended; sign in again');

/** Access tokens (short-lived, one organisation) and rotating, revocable refresh tokens. */
@Injectable()
export class Sessions {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly tx: Transactions,
  ) {}

  async issue(
    em: EntityManager,
    membership: Membership,
    familyId: string = randomUUID(),
  ): Promise<IssuedSession> {
    const refreshToken = newToken();
    await em.insert(RefreshSession, {
      userId: membership.userId,
      organizationId: membership.organizationId,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TTL_DAYS * 86400_000),
      revokedAt: null,
    });
    const actor = {
      userId: membership.userId,
      organizationId: membership.organizationId,
      roles: membership.roles,
    };
    return {
      ...actor,
      accessToken: this.tokens.sign(actor),
      accessTokenExpiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000),
      refreshToken,
    };
  }

  /** Rotates a refresh token. A token used twice revokes its whole family. */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    // The transaction commits the revocation of a replayed family; the refusal comes after commit.
    const issued = await this.tx.run(async (em): Promise<IssuedSession | undefined> => {
      const session = await em.findOne(RefreshSession, {
        where: { tokenHash: hashToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session || session.expiresAt.getTime() <= Date.now()) return undefined;
      if (session.revokedAt) {
        await this.revokeFamily(em, session.familyId);
        return undefined;
      }
      await em.update(RefreshSession, { id: session.id }, { revokedAt: new Date() });
      const membership = await em.findOneBy(Membership, {
        userId: session.userId,
        organizationId: session.organizationId,
      });
      return membership ? this.issue(em, membership, session.familyId) : undefined;
    });
    if (!issued) throw expired();
    return issued;
  }

  /** Ends the session the refresh token belongs to (all its rotations). */
  async logOut(refreshToken: string): Promise<void> {
    await this.tx.run(async (em) => {
      const session = await em.findOneBy(RefreshSession, { tokenHash: hashToken(refreshToken) });
      if (session) await this.revokeFamily(em, session.familyId);
    });
  }

  /** Ends every session of a user (password reset), or only those in one organisation (removal). */
  async revokeUser(em: EntityManager, userId: string, organizationId?: string): Promise<void> {
    await em.update(
      RefreshSession,
      { userId, revokedAt: IsNull(), ...(organizationId ? { organizationId } : {}) },
      { revokedAt: new Date() },
    );
  }

  private async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.update(RefreshSession, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
