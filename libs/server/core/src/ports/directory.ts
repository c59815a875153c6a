import { Actor, Locale, Role } from '@sixcan/domain';
import { EntityManager } from 'typeorm';

export type MembershipOutcome = 'INVITED' | 'GRANTED' | 'ALREADY_MEMBER';

/**
 * People in an organisation, as other contexts need them. Implemented by the identity context, so
 * contexts never reach into each other's tables.
 */
export abstract class MemberDirectory {
  /** The e-mail of a user (lower-cased), or null. */
  abstract emailOf(em: EntityManager, userId: string): Promise<string | null>;

  /** Organisation names by id (public information: shown on the public call page). */
  abstract organizationNames(em: EntityManager, ids: string[]): Promise<Map<string, string>>;

  /** Display names by user id. */
  abstract displayNames(em: EntityManager, userIds: string[]): Promise<Map<string, string>>;

  /** The id of the organisation's member with this e-mail (lower-cased), or null. */
  abstract memberIdByEmail(em: EntityManager, organizationId: string, email: string): Promise<string | null>;

  /** The user's display name and preferred language. */
  abstract profileOf(
    em: EntityManager,
    userId: string,
  ): Promise<{ displayName: string; locale: Locale } | null>;

  /** The members of the organisation holding the role, with what an e-mail to them needs. */
  abstract membersWithRole(
    em: EntityManager,
    organizationId: string,
    role: Role,
  ): Promise<{ userId: string; email: string; displayName: string; locale: Locale }[]>;

  /**
   * Gives an existing member of the actor's organisation the role, or e-mails an invitation carrying it
   * (merged with the roles of a pending one). Runs in the caller's transaction.
   */
  abstract grantOrInvite(
    em: EntityManager,
    actor: Actor,
    request: { email: string; role: Role; locale: Locale },
  ): Promise<MembershipOutcome>;
}

/** Whether an organisation currently takes applicants through a public call (answered by programmes). */
export abstract class ApplicantIntake {
  abstract acceptsApplicants(em: EntityManager, organizationId: string): Promise<boolean>;
}
