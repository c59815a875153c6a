import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '@sixcan/domain';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { ActorGuard } from './actor.guard';
import { Public, Roles } from './decorators';
import { AccessTokens } from './tokens';

class Handlers {
  @Public() open() {
    return 'open';
  }
  @Roles(Role.ORGANIZER) organizersOnly() {
    return 'organizers';
  }
  undeclared() {
    return 'undeclared';
  }
}

const tokens = new AccessTokens(new AppConfig({}));
const guard = new ActorGuard(new Reflector(), tokens);

function http(handler: keyof Handlers, authorization?: string): ExecutionContext {
  const request = { headers: authorization ? { authorization } : {} };
  return {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).code;
  }
  return 'allowed';
};

describe('ActorGuard (deny by default)', () => {
  const organizer = `Bearer ${tokens.sign({ userId: 'u1', organizationId: 'o1', roles: [Role.ORGANIZER] })}`;
  const applicant = `Bearer ${tokens.sign({ userId: 'u2', organizationId: 'o1', roles: [Role.APPLICANT] })}`;

  it('lets anyone call a @Public handler', () => {
    expect(codeOf(() => guard.canActivate(http('open')))).toBe('allowed');
  });

  it('refuses a handler that declares no rule, even for a signed-in organizer', () => {
    expect(codeOf(() => guard.canActivate(http('undeclared', organizer)))).toBe(ErrorCode.FORBIDDEN);
  });

  it('asks anonymous callers to sign in and refuses the wrong role', () => {
    expect(codeOf(() => guard.canActivate(http('organizersOnly')))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(codeOf(() => guard.canActivate(http('organizersOnly', applicant)))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(() => guard.canActivate(http('organizersOnly', organizer)))).toBe('allowed');
  });

  it('treats expired, forged and foreign tokens as anonymous', () => {
    const expired = tokens.sign({ userId: 'u', organizationId: 'o', roles: [Role.ORGANIZER] }, -10);
    const foreign = new AccessTokens(
      new AppConfig({ AUTH_SECRET: 'another-secret-another-secret-another' }),
    ).sign({
      userId: 'u',
      organizationId: 'o',
      roles: [Role.ORGANIZER],
    });
    for (const token of [expired, foreign, 'not.a.jwt']) {
      expect(codeOf(() => guard.canActivate(http('organizersOnly', `Bearer ${token}`)))).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
    }
  });
});
