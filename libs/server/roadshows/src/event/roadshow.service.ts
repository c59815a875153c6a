import { Injectable, Optional } from '@nestjs/common';
import { Actor, MAX_PRESENTERS, ProjectStatus, RoadshowStatus } from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  ErrorCode,
  paginate,
  PublishedProjectIds,
  ROADSHOW_ELIGIBLE_STATUSES,
  RoadshowCatalog,
  Transactions,
} from '@sixcan/server-core';
import { isId, RoadshowAccess } from '../access';
import { PLANNABLE, RoadshowPlanning } from '../slot/planning.service';
import { RoadshowEvent, RoadshowProjectEntry } from './roadshow.entity';
import { fieldsOf } from './roadshow-input';
import { CreateRoadshowInput, RoadshowsArgs, UpdateRoadshowInput } from './roadshow.models';
import { saveVersioned, staleVersion } from './versioned';

/** Published by hand, a project is still not put on a roadshow once withdrawn, rejected or back in draft. */
const CLOSED: readonly ProjectStatus[] = [
  ProjectStatus.WITHDRAWN,
  ProjectStatus.REJECTED,
  ProjectStatus.DRAFT,
];

export const notEditable = (event: RoadshowEvent) =>
  new DomainError(ErrorCode.CONFLICT, `A ${event.status.toLowerCase()} roadshow can no longer be planned`, {
    reason: 'ROADSHOW_NOT_EDITABLE',
  });

const tooMany = (count: number) =>
  new DomainError(
    ErrorCode.VALIDATION,
    `A roadshow has at most ${MAX_PRESENTERS} projects (this would make ${count})`,
    { reason: 'TOO_MANY_PROJECTS', fields: [{ field: 'projectIds', message: `at most ${MAX_PRESENTERS}` }] },
  );

/**
 * Roadshow events: settings and the projects on the programme. Every change to a draft or published
 * event re-plans it in the same transaction.
 */
@Injectable()
export class RoadshowService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: RoadshowAccess,
    private readonly catalog: RoadshowCatalog,
    private readonly planning: RoadshowPlanning,
    @Optional() private readonly published?: PublishedProjectIds,
  ) {}

  create(actor: Actor, input: CreateRoadshowInput): Promise<RoadshowEvent> {
    return this.tx.run(async (em) => {
      const programme = await this.catalog.programme(em, actor.organizationId, input.programmeId);
      if (!programme) throw DomainError.notFound('Programme');
      const event = await em.save(
        em.create(RoadshowEvent, {
          organizationId: actor.organizationId,
          programmeId: programme.id,
          ...fieldsOf(input),
          status: RoadshowStatus.DRAFT,
          manualOrder: null,
          createdBy: actor.userId,
        }),
      );
      await this.planning.replan(em, event);
      await this.audit.byActor(em, actor, 'roadshow.created', { type: 'Roadshow', id: event.id });
      return event;
    });
  }

  update(actor: Actor, id: string, input: UpdateRoadshowInput, version: number): Promise<RoadshowEvent> {
    return this.tx.run(async (em) => {
      const event = await this.access.event(em, actor, id, true);
      if (event.version !== version) throw staleVersion();
      if (!PLANNABLE.includes(event.status)) throw notEditable(event);
      await saveVersioned(em, event, version, fieldsOf(input, event));
      await this.planning.replan(em, event);
      await this.audit.byActor(
        em,
        actor,
        'roadshow.updated',
        { type: 'Roadshow', id: event.id },
        {
          changed: Object.keys(input),
        },
      );
      return event;
    });
  }

  /**
   * Puts projects on the programme: the programme's shortlisted (or already in-roadshow) projects, or those an
   * organizer published to partners. Shortlisted ones move to IN_ROADSHOW.
   */
  addProjects(actor: Actor, id: string, projectIds: string[]): Promise<RoadshowEvent> {
    return this.tx.run(async (em) => {
      const event = await this.access.event(em, actor, id, true);
      if (!PLANNABLE.includes(event.status)) throw notEditable(event);
      const wanted = [...new Set(projectIds)];
      if (wanted.length > MAX_PRESENTERS) throw tooMany(wanted.length);
      const projects = await this.catalog.projects(em, actor.organizationId, wanted);
      const found = new Set(projects.map((p) => p.id));
      if (wanted.some((p) => !isId(p) || !found.has(p))) throw DomainError.notFound('Project');
      const published = new Set(this.published ? await this.published.ids(em, actor.organizationId) : []);
      const elsewhere = projects.filter((p) => p.programmeId !== event.programmeId).map((p) => p.id);
      if (elsewhere.length)
        throw new DomainError(ErrorCode.VALIDATION, 'Only projects of the roadshow’s programme can pitch', {
          reason: 'PROJECT_NOT_IN_PROGRAMME',
          projectIds: elsewhere,
          fields: [{ field: 'projectIds', message: 'not in this programme' }],
        });
      const ineligible = projects
        .filter(
          (p) =>
            !ROADSHOW_ELIGIBLE_STATUSES.includes(p.status) &&
            !(published.has(p.id) && !CLOSED.includes(p.status)),
        )
        .map((p) => p.id);
      if (ineligible.length)
        throw new DomainError(
          ErrorCode.VALIDATION,
          'Only shortlisted projects, or projects published to partners, can pitch at a roadshow',
          {
            reason: 'PROJECT_NOT_SHORTLISTED',
            projectIds: ineligible,
            fields: [{ field: 'projectIds', message: 'not shortlisted' }],
          },
        );
      await em
        .createQueryBuilder()
        .insert()
        .into(RoadshowProjectEntry)
        .values(
          wanted.map((projectId) => ({
            organizationId: actor.organizationId,
            roadshowId: event.id,
            projectId,
            addedBy: actor.userId,
          })),
        )
        .orIgnore()
        .execute();
      const count = await em.countBy(RoadshowProjectEntry, { roadshowId: event.id });
      if (count > MAX_PRESENTERS) throw tooMany(count);
      const manualOrder = event.manualOrder ? [...new Set([...event.manualOrder, ...wanted])] : null;
      await saveVersioned(em, event, event.version, { manualOrder });
      const moved = await this.catalog.enterRoadshow(em, actor, wanted, `roadshow ${event.id}`);
      await this.planning.replan(em, event);
      await this.audit.byActor(
        em,
        actor,
        'roadshow.projects_added',
        { type: 'Roadshow', id: event.id },
        { projectIds: wanted, movedToRoadshow: moved },
      );
      return event;
    });
  }

  /** Takes a project off the programme; back to SHORTLISTED when no other roadshow has it. */
  removeProject(actor: Actor, id: string, projectId: string): Promise<RoadshowEvent> {
    return this.tx.run(async (em) => {
      const event = await this.access.event(em, actor, id, true);
      if (!PLANNABLE.includes(event.status)) throw notEditable(event);
      const entry = isId(projectId)
        ? await em.findOneBy(RoadshowProjectEntry, { roadshowId: event.id, projectId })
        : null;
      if (!entry) throw DomainError.notFound('Project');
      await em.delete(RoadshowProjectEntry, { id: entry.id });
      const manualOrder = event.manualOrder ? event.manualOrder.filter((p) => p !== projectId) : null;
      await saveVersioned(em, event, event.version, { manualOrder });
      const elsewhere = await em.existsBy(RoadshowProjectEntry, {
        organizationId: actor.organizationId,
        projectId,
      });
      const moved = elsewhere
        ? []
        : await this.catalog.leaveRoadshow(em, actor, [projectId], `roadshow ${event.id}`);
      await this.planning.replan(em, event);
      await this.audit.byActor(
        em,
        actor,
        'roadshow.project_removed',
        { type: 'Roadshow', id: event.id },
        { projectId, backToShortlist: moved.length > 0 },
      );
      return event;
    });
  }

  get(actor: Actor, id: string): Promise<RoadshowEvent> {
    return this.tx.read((em) => this.access.organizedOrCommented(em, actor, id));
  }

  /** The programme's events, soonest first. */
  list(actor: Actor, args: RoadshowsArgs): Promise<ConnectionShape<RoadshowEvent>> {
    return this.tx.read(async (em) => {
      const qb = em
        .createQueryBuilder(RoadshowEvent, 'r')
        .where('r.organizationId = :org', { org: actor.organizationId })
        .andWhere('r.programmeId = :programme', {
          programme: isId(args.programmeId) ? args.programmeId : null,
        });
      return paginate(qb, args, [{ expression: 'r.startsAt', property: 'startsAt', direction: 'ASC' }]);
    });
  }
}
