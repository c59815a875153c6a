import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  MatchingCatalog,
  PartnerProject,
  Transactions,
} from '@sixcan/server-core';
import { isId, MatchingAccess } from '../access';
import { DismissedMatch, PublishedProject } from './catalog.entity';
import { PublishedProjectsArgs } from './catalog.models';

/** Projects open to partners: shortlisted, in the roadshow, or published by an organizer. */
@Injectable()
export class CatalogService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly catalog: MatchingCatalog,
    private readonly access: MatchingAccess,
  ) {}

  list(actor: Actor, args: PublishedProjectsArgs): Promise<ConnectionShape<PartnerProject>> {
    return this.tx.read(async (em) =>
      this.catalog.publishedPage(
        em,
        actor.organizationId,
        {
          alsoIds: await this.access.publishedIds(em, actor.organizationId),
          sectorCode: args.filter?.sectorCode,
          country: args.filter?.country,
          search: args.filter?.search,
        },
        args,
      ),
    );
  }

  get(actor: Actor, id: string): Promise<PartnerProject> {
    return this.tx.read((em) => this.access.publishedProject(em, actor, id));
  }

  /** Opens a project of the organisation to partners (once; publishing again changes nothing). */
  publish(actor: Actor, projectId: string, published: boolean): Promise<PartnerProject> {
    return this.tx.run(async (em) => {
      const [project] = isId(projectId)
        ? await this.catalog.projects(em, actor.organizationId, [projectId])
        : [];
      if (!project) throw DomainError.notFound('Project');
      if (published) {
        const rows: unknown[] = await em.query(
          `INSERT INTO published_project (organization_id, project_id, published_by) VALUES ($1, $2, $3)
           ON CONFLICT (organization_id, project_id) DO NOTHING RETURNING id`,
          [actor.organizationId, project.id, actor.userId],
        );
        if (rows.length)
          await this.audit.byActor(em, actor, 'project.published', { type: 'Project', id: project.id });
      } else {
        const result = await em.delete(PublishedProject, {
          organizationId: actor.organizationId,
          projectId: project.id,
        });
        if (result.affected)
          await this.audit.byActor(em, actor, 'project.unpublished', { type: 'Project', id: project.id });
      }
      return project;
    });
  }

  /** Hides a published project from the partner's recommendations (or shows it again). */
  notInterested(
    actor: Actor,
    partnerId: string,
    projectId: string,
    hidden: boolean,
  ): Promise<PartnerProject> {
    return this.tx.run(async (em) => {
      const partner = await this.access.partner(em, actor, partnerId);
      const project = await this.access.publishedProject(em, actor, projectId);
      if (hidden) {
        const rows: unknown[] = await em.query(
          `INSERT INTO dismissed_match (organization_id, partner_id, project_id, dismissed_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (partner_id, project_id) DO NOTHING RETURNING id`,
          [actor.organizationId, partner.id, project.id, actor.userId],
        );
        if (rows.length)
          await this.audit.byActor(
            em,
            actor,
            'match.not_interested',
            { type: 'Partner', id: partner.id },
            {
              projectId: project.id,
            },
          );
      } else {
        const result = await em.delete(DismissedMatch, { partnerId: partner.id, projectId: project.id });
        if (result.affected)
          await this.audit.byActor(
            em,
            actor,
            'match.interested_again',
            { type: 'Partner', id: partner.id },
            {
              projectId: project.id,
            },
          );
      }
      return project;
    });
  }
}
