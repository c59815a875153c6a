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

/** Signs and verifies short-lived access tokens bound to one organisation. */
@Injectable()
export class AccessTokens {
  private readonly jwt: JwtService;

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
    try {
      const claims = this.jwt.verify<AccessClaims>(token);
      if (claims.typ !== 'access' || !claims.sub || !claims.org || !Array.isArray(claims.roles))
        return undefined;
      const roles = claims.roles.filter((r): r is Role => ALL_ROLES.includes(r));
      return { userId: claims.sub, organizationId: claims.org, roles };
    } catch {
      return undefined;
    }
  }
}
