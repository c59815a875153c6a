import { Injectable } from '@nestjs/common';
import { Actor, Role } from '@sixcan/domain';
import { DomainError } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { RoadshowCommentator, RoadshowEvent } from './event/roadshow.entity';

export const isId = (id: string | null | undefined): id is string =>
  !!id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export const isOrganizer = (actor: Actor) => actor.roles.includes(Role.ORGANIZER);

/**
 * Who sees which roadshow: organizers every event of their organisation; commentators the events they are
 * assigned to; partner members the live state of their organisation's events. Everything else answers
 * NOT_FOUND, the same as an absent id.
 */
@Injectable()
export class RoadshowAccess {
  /** The event of the actor's organisation (locked for update when asked), or NOT_FOUND. */
  async event(em: EntityManager, actor: Actor, id: string, lock = false): Promise<RoadshowEvent> {
    const event = isId(id)
      ? await em.findOne(RoadshowEvent, {
          where: { id, organizationId: actor.organizationId },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!event) throw DomainError.notFound('Roadshow');
    return event;
  }

  isCommentator(em: EntityManager, actor: Actor, roadshowId: string): Promise<boolean> {
    if (!actor.roles.includes(Role.COMMENTATOR)) return Promise.resolve(false);
    return em.existsBy(RoadshowCommentator, {
      organizationId: actor.organizationId,
      roadshowId,
      userId: actor.userId,
    });
  }

  /** An event the actor organizes or comments on, or NOT_FOUND. */
  async organizedOrCommented(em: EntityManager, actor: Actor, id: string): Promise<RoadshowEvent> {
    const event = await this.event(em, actor, id);
    if (isOrganizer(actor) || (await this.isCommentator(em, actor, event.id))) return event;
    throw DomainError.notFound('Roadshow');
  }

  /** An event whose live state the actor may watch: organizers, partner members, its commentators. */
  async watchable(em: EntityManager, actor: Actor, id: string): Promise<RoadshowEvent> {
    const event = await this.event(em, actor, id);
    if (isOrganizer(actor) || actor.roles.includes(Role.PARTNER)) return event;
    if (await this.isCommentator(em, actor, event.id)) return event;
    throw DomainError.notFound('Roadshow');
  }
}
