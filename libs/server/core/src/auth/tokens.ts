import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Actor, ALL_ROLES, Role } from '@sixcan/domain';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '../config/app-config';

interface AccessClaims {
  sub: string;
  org: string;
  roles: Role[];
  typ: 'access';
}

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/** Verified tokens remembered (until they expire), so a client's every request does not pay for the HMAC again. */
const VERIFIED_CACHE_SIZE = 10_000;

/** Signs and verifies short-lived access tokens bound to one organisation. */
@Injectable()
export class AccessTokens {
  private readonly jwt: JwtService;
  /** token → its actor and expiry (ms); insertion order is age, the oldest goes first when full. */
  private readonly verified = new Map<string, { actor: Actor; expiresAt: number }>();

  constructor(config: AppConfig) {
    this.jwt = new JwtService({
      // A ready KeyObject: given a string, jsonwebtoken first tries (and fails) to parse it as a
      // public key on every call, which cost most of the CPU of a trivial authenticated request.
      secret: createSecretKey(Buffer.from(config.env.AUTH_SECRET, 'utf8')),
      signOptions: { algorithm: 'HS256', issuer: 'sixcan', audience: 'sixcan-api' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'sixcan', audience: 'sixcan-api' },
    });
  }

  sign(actor: Actor, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): string {
    const claims: AccessClaims = {
      sub: actor.userId,
      org: actor.organizationId,
      roles: actor.roles,
      typ: 'access',
    };
    return this.jwt.sign(claims, { expiresIn: ttlSeconds });
  }

  /** The actor, or undefined for a token that is invalid, expired or not an access token. */
  verify(token: string): Actor | undefined {
    const known = this.verified.get(token);
    if (known) {
      // The same expiry rule as the JWT check (expired from `exp` on); a copy, so no request can change another's.
      if (Date.now() < known.expiresAt) return { ...known.actor, roles: [...known.actor.roles] };
      this.verified.delete(token);
    }
    try {
      const claims = this.jwt.verify<AccessClaims & { exp?: number }>(token);
      if (claims.typ !== 'access' || !claims.sub || !claims.org || !Array.isArray(claims.roles))
        return undefined;
      const roles = claims.roles.filter((r): r is Role => ALL_ROLES.includes(r));
      const actor = { userId: claims.sub, organizationId: claims.org, roles };
      if (typeof claims.exp === 'number') {
        if (this.verified.size >= VERIFIED_CACHE_SIZE)
          this.verified.delete(this.verified.keys().next().value as string);
        this.verified.set(token, { actor, expiresAt: claims.exp * 1000 });
        return { ...actor, roles: [...roles] };
      }
      return actor;
    } catch {
      return undefined;
    }
  }
}
