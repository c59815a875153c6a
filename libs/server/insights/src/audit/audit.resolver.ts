import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import {
  AuditEvent,
  ConnectionShape,
  CurrentActor,
  GraphqlContext,
  MemberDirectory,
  Roles,
  Transactions,
} from '@sixcan/server-core';
import {
  AuditEventConnection,
  AuditEventModel,
  AuditEventsArgs,
  AuditExportModel,
  ProjectHistoryArgs,
  AuditExportArgs,
  toAuditEventModel,
} from './audit.models';
import { AuditTrail } from './audit-trail.service';

function toConnection(c: ConnectionShape<AuditEvent>): AuditEventConnection {
  return { ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: toAuditEventModel(e.node) })) };
}

/** The organisation's audit trail and each project's history, for organizers. */
@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly trail: AuditTrail,
    private readonly directory: MemberDirectory,
    private readonly tx: Transactions,
  ) {}

  @Query(() => AuditEventConnection, { description: 'The organisation’s audit trail, newest first.' })
  @Roles(Role.ORGANIZER)
  async auditEvents(
    @CurrentActor() actor: Actor,
    @Args() args: AuditEventsArgs,
  ): Promise<AuditEventConnection> {
    return toConnection(await this.trail.events(actor, args, args));
  }

  @Query(() => AuditEventConnection, {
    description:
      'Everything recorded about a project, newest first: its own changes (nomination, submission, screening, ' +
      'roadshow) and those of its reviews, intents, bids, deals and agreements.',
  })
  @Roles(Role.ORGANIZER)
  async projectHistory(
    @CurrentActor() actor: Actor,
    @Args() args: ProjectHistoryArgs,
  ): Promise<AuditEventConnection> {
    return toConnection(await this.trail.projectHistory(actor, args.projectId, args));
  }

  @Mutation(() => AuditExportModel, {
    description:
      'The filtered trail (or, with projectId, that project’s history) as CSV, oldest first, UTF-8 with BOM. ' +
      'At most 100,000 rows: a larger selection is refused with reason TOO_MANY_ROWS.',
  })
  @Roles(Role.ORGANIZER)
  exportAuditEvents(@CurrentActor() actor: Actor, @Args() args: AuditExportArgs): Promise<AuditExportModel> {
    const { projectId, ...filter } = args;
    return this.trail.exportCsv(actor, filter, projectId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The actor’s display name; null for the system.',
  })
  actorName(@Parent() event: AuditEventModel, @Context() ctx: GraphqlContext): Promise<string | null> | null {
    if (!event.actorUserId) return null;
    return ctx.loaders
      .get<string, string | null>('auditActorNames', async (ids) => {
        const names = await this.tx.read((em) => this.directory.displayNames(em, [...ids]));
        return ids.map((id) => names.get(id) ?? null);
      })
      .load(event.actorUserId);
  }
}
