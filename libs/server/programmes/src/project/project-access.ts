import { Injectable } from '@nestjs/common';
import { Actor, Role } from '@sixcan/domain';
import { DomainError, MemberDirectory } from '@sixcan/server-core';
import { Brackets, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ChannelService, NO_ID } from '../channel/channel.service';
import { isId } from '../programme/programme.service';
import { Project } from './project.entity';

/**
 * Who sees which project: organizers every project of their organisation, applicants their own (a
 * nominated or imported project becomes theirs when they first sign in with the invited e-mail), channel
 * members the projects of their channels. Everyone else: not found.
 */
@Injectable()
export class ProjectAccess {
  constructor(
    private readonly directory: MemberDirectory,
    private readonly channels: ChannelService,
  ) {}

  /** Restricts a query over `alias` to what the actor may see. */
  async scope<T extends object>(em: EntityManager, actor: Actor, qb: SelectQueryBuilder<T>, alias: string) {
    qb.andWhere(`${alias}.organizationId = :org`, { org: actor.organizationId });
    if (actor.roles.includes(Role.ORGANIZER)) return qb;
    if (actor.roles.includes(Role.APPLICANT)) await this.claim(em, actor);
    const channelIds = await this.channels.myChannelIds(em, actor);
    return qb.andWhere(
      new Brackets((w) => {
        w.where('false');
        if (actor.roles.includes(Role.APPLICANT))
          w.orWhere(`${alias}.ownerUserId = :me`, { me: actor.userId });
        if (channelIds.length)
          w.orWhere(`${alias}.channelId IN (:...mine)`, { mine: [...channelIds, NO_ID] });
      }),
    );
  }

  /** The project if the actor may see it (locked for update when asked); NOT_FOUND otherwise. */
  async find(em: EntityManager, actor: Actor, id: string, lock = false): Promise<Project> {
    if (!isId(id)) throw DomainError.notFound('Project');
    const qb = em.createQueryBuilder(Project, 'p').where('p.id = :id', { id });
    await this.scope(em, actor, qb, 'p');
    if (lock) qb.setLock('pessimistic_write');
    const project = await qb.getOne();
    if (!project) throw DomainError.notFound('Project');
    return project;
  }

  /** May the actor change the project's fields? Organizers and the owning applicant. */
  canEdit(actor: Actor, project: Project): boolean {
    return (
      actor.roles.includes(Role.ORGANIZER) ||
      (actor.roles.includes(Role.APPLICANT) && project.ownerUserId === actor.userId)
    );
  }

  /** Binds projects waiting for the applicant's e-mail to their account. */
  private async claim(em: EntityManager, actor: Actor): Promise<void> {
    const email = await this.directory.emailOf(em, actor.userId);
    if (!email) return;
    await em
      .createQueryBuilder()
      .update(Project)
      .set({ ownerUserId: actor.userId })
      .where('organizationId = :org AND ownerUserId IS NULL AND applicantEmail = :email', {
        org: actor.organizationId,
        email,
      })
      .execute();
  }
}
