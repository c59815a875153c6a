import { Injectable } from '@nestjs/common';
import { Actor, Role, RoadshowStatus } from '@sixcan/domain';
import { AuditLog, DomainError, ErrorCode, MemberDirectory, Transactions } from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { isId, RoadshowAccess } from '../access';
import { RoadshowCommentator, RoadshowEvent } from './roadshow.entity';
import { notEditable } from './roadshow.service';
import { saveVersioned } from './versioned';

/**
 * The event's commentators: members of the organisation. Since the COMMENTATOR role exists, an assigned
 * member who does not hold it is given it (effective from their next sign-in or token refresh); the role lets
 * them into the commentator paths, and the assignment decides which events they see.
 */
@Injectable()
export class CommentatorService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: RoadshowAccess,
    private readonly directory: MemberDirectory,
  ) {}

  /** Sets the event's commentators, replacing the list. */
  assign(actor: Actor, id: string, userIds: string[]): Promise<RoadshowEvent> {
    return this.tx.run(async (em) => {
      const event = await this.access.event(em, actor, id, true);
      if (event.status === RoadshowStatus.ENDED) throw notEditable(event);
      const wanted = [...new Set(userIds)];
      const granted: string[] = [];
      for (const userId of wanted) {
        const email = isId(userId) ? await this.directory.emailOf(em, userId) : null;
        const member = email ? await this.directory.memberIdByEmail(em, actor.organizationId, email) : null;
        if (!email || member !== userId)
          throw new DomainError(ErrorCode.VALIDATION, 'Commentators must be members of the organisation', {
            reason: 'NOT_A_MEMBER',
            userId,
            fields: [{ field: 'userIds', message: `${userId} is not a member` }],
          });
        const outcome = await this.directory.grantOrInvite(em, actor, {
          email,
          role: Role.COMMENTATOR,
          locale: 'en',
        });
        if (outcome === 'GRANTED') granted.push(userId);
      }
      await em.delete(RoadshowCommentator, { roadshowId: event.id });
      if (wanted.length)
        await em.insert(
          RoadshowCommentator,
          wanted.map((userId) => ({ organizationId: actor.organizationId, roadshowId: event.id, userId })),
        );
      await saveVersioned(em, event, event.version, {});
      await this.audit.byActor(
        em,
        actor,
        'roadshow.commentators_assigned',
        { type: 'Roadshow', id: event.id },
        { userIds: wanted, grantedRole: granted },
      );
      return event;
    });
  }
}

/** Commentator user ids of each event, in the order they were assigned. */
export async function commentatorIds(
  em: EntityManager,
  organizationId: string,
  roadshowIds: string[],
): Promise<Map<string, string[]>> {
  const rows = roadshowIds.length
    ? await em.find(RoadshowCommentator, {
        where: { organizationId, roadshowId: In(roadshowIds) },
        order: { createdAt: 'ASC', id: 'ASC' },
      })
    : [];
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.roadshowId, [...(map.get(r.roadshowId) ?? []), r.userId]);
  return map;
}
