import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasAnyRole, Role } from '@sixcan/domain';
import { DomainError } from '../errors/domain-error';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './decorators';
import { AccessTokens } from './tokens';

/**
 * Global guard, deny by default: a handler must say @Public() or @Roles(...). The actor comes from
 * the bearer token; the tenant is the token's organisation, never an argument.
 */
@Injectable()
export class ActorGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    // Field resolvers run this guard too; they are authorised by their parent unless they say otherwise.
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = requestOf(context);
    if (request && !request.actor) {
      const header = request.headers['authorization'];
      const value = Array.isArray(header) ? header[0] : header;
      const match = /^Bearer\s+(\S+)$/i.exec(value ?? '');
      if (match?.[1]) request.actor = this.tokens.verify(match[1]);
    }
    if (isPublic) return true;
    if (!roles) {
      if (context.getType<string>() === 'graphql' && isFieldResolver(context)) return true;
      throw DomainError.forbidden('This operation declares no access rule');
    }
    if (!request?.actor) throw DomainError.unauthenticated();
    if (!hasAnyRole(request.actor, roles)) throw DomainError.forbidden();
    return true;
  }
}

function isFieldResolver(context: ExecutionContext): boolean {
  const info = context.getArgByIndex<{ parentType?: { name?: string } } | undefined>(3);
  const parent = info?.parentType?.name;
  return parent !== undefined && parent !== 'Query' && parent !== 'Mutation' && parent !== 'Subscription';
}
