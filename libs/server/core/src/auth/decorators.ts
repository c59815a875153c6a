import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';

export const PUBLIC_KEY = 'sixcan:public';
export const ROLES_KEY = 'sixcan:roles';

/** Anyone may call this, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only signed-in actors holding one of these roles in their current organisation may call this. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface RequestWithActor {
  actor?: Actor;
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
}

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithActor>();
}

/** The authenticated caller (guaranteed on @Roles handlers). */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | undefined => {
    return requestOf(context).actor;
  },
);
