import { Injectable } from '@nestjs/common';
import { Actor, Role } from '@sixcan/domain';
import { DomainError, MatchingCatalog, MemberDirectory, PartnerProject } from '@sixcan/server-core';
import { EntityManager, In, IsNull } from 'typeorm';
import { PublishedProject } from './catalog/catalog.entity';
import { Partner, PartnerMember } from './partner/partner.entity';

export const isId = (id: string | null | undefined): id is string =>
  !!id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export const isOrganizer = (actor: Actor) => actor.roles.includes(Role.ORGANIZER);
export const isApplicant = (actor: Actor) => actor.roles.includes(Role.APPLICANT);

/**
 * Who sees which matching object. Organizers: everything of their organisation. Partner members: their
 * partners and what those partners did, and the published projects. Applicants: what concerns their own
 * projects. Everything else answers NOT_FOUND, the same as for an absent id.
 */
@Injectable()
export class MatchingAccess {
  constructor(
    private readonly directory: MemberDirectory,
    private readonly catalog: MatchingCatalog,
  ) {}

  /**
   * Ids of the partners the actor acts for. A membership invited by e-mail is bound to the account the first
   * time its owner signs in with that address.
   */
  async myPartnerIds(em: EntityManager, actor: Actor): Promise<string[]> {
    if (!actor.roles.includes(Role.PARTNER)) return [];
    const email = await this.directory.emailOf(em, actor.userId);
    if (email)
      await em.update(
        PartnerMember,
        { organizationId: actor.organizationId, email, userId: IsNull() },
        { userId: actor.userId },
      );
    const rows = await em.find(PartnerMember, {
      where: { organizationId: actor.organizationId, userId: actor.userId },
      select: { partnerId: true },
    });
    return [...new Set(rows.map((r) => r.partnerId))];
  }

  /** A partner the actor may see (organizers any of their organisation, members their own), or NOT_FOUND. */
  async partner(em: EntityManager, actor: Actor, id: string, lock = false): Promise<Partner> {
    const partner = isId(id)
      ? await em.findOne(Partner, {
          where: { id, organizationId: actor.organizationId },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!partner) throw DomainError.notFound('Partner');
    if (isOrganizer(actor)) return partner;
    if (!(await this.myPartnerIds(em, actor)).includes(partner.id)) throw DomainError.notFound('Partner');
    return partner;
  }

  /** Ids of projects an organizer published by hand. */
  async publishedIds(em: EntityManager, organizationId: string): Promise<string[]> {
    const rows = await em.find(PublishedProject, { where: { organizationId }, select: { projectId: true } });
    return rows.map((r) => r.projectId);
  }

  /** A project open to partners (shortlisted, in the roadshow or published), or NOT_FOUND. */
  async publishedProject(em: EntityManager, actor: Actor, id: string): Promise<PartnerProject> {
    const [project] = isId(id)
      ? await this.catalog.published(em, actor.organizationId, {
          alsoIds: await this.publishedIds(em, actor.organizationId),
          ids: [id],
        })
      : [];
    if (!project) throw DomainError.notFound('Project');
    return project;
  }

  /**
   * A project whose bids or intents the actor may read side by side: organizers any project of their
   * organisation, applicants their own. NOT_FOUND otherwise.
   */
  async ownedOrOrganized(em: EntityManager, actor: Actor, id: string): Promise<PartnerProject> {
    const [project] = isId(id) ? await this.catalog.projects(em, actor.organizationId, [id]) : [];
    if (project && isOrganizer(actor)) return project;
    if (
      project &&
      isApplicant(actor) &&
      (await this.catalog.ownedBy(em, actor.organizationId, actor.userId, [project.id])).length
    )
      return project;
    throw DomainError.notFound('Project');
  }

  /** Partners by id in the actor's organisation (no access check: callers filtered the ids). */
  async partnersById(
    em: EntityManager,
    organizationId: string,
    ids: string[],
  ): Promise<Map<string, Partner>> {
    const valid = [...new Set(ids)];
    if (!valid.length) return new Map();
    const rows = await em.findBy(Partner, { organizationId, id: In(valid) });
    return new Map(rows.map((p) => [p.id, p]));
  }
}
