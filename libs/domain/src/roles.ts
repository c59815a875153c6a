export enum Role {
  ORGANIZER = 'ORGANIZER',
  REVIEWER = 'REVIEWER',
  APPLICANT = 'APPLICANT',
  CHANNEL = 'CHANNEL',
  PARTNER = 'PARTNER',
  COMMENTATOR = 'COMMENTATOR',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** The authenticated caller. The tenant always comes from here, never from arguments. */
export interface Actor {
  userId: string;
  organizationId: string;
  roles: Role[];
}

export function hasAnyRole(actor: Pick<Actor, 'roles'>, allowed: readonly Role[]): boolean {
  return actor.roles.some((r) => allowed.includes(r));
}
