import { Injectable } from '@nestjs/common';
import { Actor, Role } from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  ErrorCode,
  paginate,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { Membership } from '../membership/membership.entity';
import { Sessions } from '../session/sessions.service';

const lastOrganizer = () =>
  new DomainError(
    ErrorCode.CONFLICT,
    'The organisation needs at least one organizer: make someone else organizer first',
    {
      reason: 'LAST_ORGANIZER',
    },
  );

/** The members of the caller's organisation: list, change roles, remove. */
@Injectable()
export class MembersService {
  constructor(
    private readonly tx: Transactions,
    private readonly sessions: Sessions,
    private readonly audit: AuditLog,
  ) {}

  list(actor: Actor, page: { first: number; after?: string | null }): Promise<ConnectionShape<Membership>> {
    return this.tx.run((em) =>
      paginate(
        em
          .createQueryBuilder(Membership, 'm')
          .innerJoinAndSelect('m.user', 'u')
          .where('m.organizationId = :org', { org: actor.organizationId }),
        page,
        [{ expression: 'm.createdAt', property: 'createdAt', direction: 'ASC' }],
      ),
    );
  }

  updateRoles(actor: Actor, userId: string, roles: Role[]): Promise<Membership> {
    return this.tx.run(async (em) => {
      const { membership, organizers } = await this.lockMembers(em, actor, userId);
      const next = [...new Set(roles)];
      if (membership.roles.includes(Role.ORGANIZER) && !next.includes(Role.ORGANIZER) && organizers === 1) {
        throw lastOrganizer();
      }
      const before = membership.roles;
      membership.roles = next;
      await em.save(membership);
      await this.audit.record(em, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'member.roles_changed',
        objectType: 'User',
        objectId: userId,
        summary: { before, after: next },
      });
      return membership;
    });
  }

  remove(actor: Actor, userId: string): Promise<void> {
    return this.tx.run(async (em) => {
      const { membership, organizers } = await this.lockMembers(em, actor, userId);
      if (membership.roles.includes(Role.ORGANIZER) && organizers === 1) {
        throw lastOrganizer();
      }
      await em.delete(Membership, { id: membership.id });
      await this.sessions.revokeUser(em, userId, actor.organizationId);
      await this.audit.record(em, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'member.removed',
        objectType: 'User',
        objectId: userId,
        summary: { email: membership.user?.email, roles: membership.roles },
      });
    });
  }

  /** Locks the organisation's memberships so two organizers cannot both demote the last organizer. */
  private async lockMembers(em: EntityManager, actor: Actor, userId: string) {
    const all = await em.find(Membership, {
      where: { organizationId: actor.organizationId },
      relations: { user: true },
      lock: { mode: 'pessimistic_write', tables: ['membership'] },
    });
    const membership = all.find((m) => m.userId === userId);
    if (!membership) throw DomainError.notFound('Member');
    return { membership, organizers: all.filter((m) => m.roles.includes(Role.ORGANIZER)).length };
  }
}
