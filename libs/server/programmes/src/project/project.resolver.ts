import {
  Args,
  Context,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Actor, Role, validateProjectFields } from '@sixcan/domain';
import {
  byKeys,
  CurrentActor,
  Loaders,
  MemberDirectory,
  Roles,
  StoredFile,
  Transactions,
} from '@sixcan/server-core';
import { In } from 'typeorm';
import { Channel } from '../channel/channel.entity';
import { toChannelModel } from '../channel/channel.models';
import { FileRefModel } from '../graphql-types';
import { selects } from '../selection';
import { toFileRef } from '../mappers';
import { Programme } from '../programme/programme.entity';
import { fieldsOf } from './project-fields';
import { ProjectQueries } from './project-query.service';
import { Project, ProjectStatusChange } from './project.entity';
import {
  FieldProblemModel,
  NominationInput,
  ProjectConnection,
  ProjectInput,
  ProjectModel,
  ProjectsArgs,
  ProjectStatusChangeModel,
  toProjectModel,
  toStatusChange,
} from './project.models';
import { NominationService } from './nomination.service';
import { ProjectService } from './project.service';

@Resolver(() => ProjectModel)
export class ProjectResolver {
  constructor(
    private readonly projectService: ProjectService,
    private readonly queries: ProjectQueries,
    private readonly nominations: NominationService,
    private readonly directory: MemberDirectory,
    private readonly tx: Transactions,
  ) {}

  @Query(() => ProjectConnection, {
    description: 'Organizers see every project, applicants their own, channels their nominations.',
  })
  @Roles(Role.ORGANIZER, Role.APPLICANT, Role.CHANNEL)
  async projects(
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
    @Args() args: ProjectsArgs,
  ): Promise<ProjectConnection> {
    const page = await this.queries.list(actor, args);
    const models = await this.views(
      page.edges.map((e) => e.node),
      info,
    );
    return {
      ...page,
      edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: models[i] as ProjectModel })),
    };
  }

  @Query(() => ProjectModel)
  @Roles(Role.ORGANIZER, Role.APPLICANT, Role.CHANNEL)
  async project(
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProjectModel> {
    return this.view(await this.queries.get(actor, id), info);
  }

  @Mutation(() => ProjectModel, { description: 'Starts a DRAFT project in an open programme.' })
  @Roles(Role.APPLICANT, Role.ORGANIZER)
  async createProject(
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('input') input: ProjectInput,
  ): Promise<ProjectModel> {
    return this.view(await this.projectService.create(actor, programmeId, input), info);
  }

  @Mutation(() => ProjectModel, {
    description:
      'Drafts change freely; a submitted project while the call is open (all required fields kept).',
  })
  @Roles(Role.APPLICANT, Role.ORGANIZER)
  async updateProject(
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProjectInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<ProjectModel> {
    return this.view(await this.projectService.update(actor, id, input, expectedVersion), info);
  }

  @Mutation(() => ProjectModel, { description: 'Submits inside the window with every required field.' })
  @Roles(Role.APPLICANT, Role.ORGANIZER)
  async submitProject(
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.view(await this.projectService.submit(actor, id), info);
  }

  @Mutation(() => ProjectModel, { description: 'Withdraws a project before any final decision.' })
  @Roles(Role.APPLICANT, Role.ORGANIZER)
  async withdrawProject(
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ) {
    return this.view(await this.projectService.withdraw(actor, id, reason), info);
  }

  @Mutation(() => ProjectModel, {
    description:
      'A channel nominates a project; the applicant is invited by e-mail to complete and submit it.',
  })
  @Roles(Role.CHANNEL, Role.ORGANIZER)
  async nominateProject(
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('input') input: NominationInput,
  ): Promise<ProjectModel> {
    return this.view(await this.nominations.nominate(actor, programmeId, input), info);
  }

  @ResolveField(() => [FieldProblemModel], {
    description: 'What is still missing or wrong before the project can be submitted.',
  })
  async missingForSubmission(@Parent() p: ProjectModel, @Context('loaders') loaders: Loaders) {
    const programme = await this.programmeOf(p, loaders);
    if (!programme) return [];
    const project = await this.tx.read((em) => em.findOneByOrFail(Project, { id: p.id }));
    return validateProjectFields(fieldsOf(project), programme, { forSubmission: true });
  }

  @ResolveField(() => [FileRefModel])
  async attachments(
    @Parent() p: ProjectModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<FileRefModel[]> {
    if (!p.attachmentFileIds.length) return [];
    const files = await loaders
      .get<string, StoredFile | null>('file', (ids) =>
        this.tx.read(async (em) =>
          byKeys(
            ids,
            // The actor's organisation only, whatever ids a row holds.
            await em.findBy(StoredFile, { id: In([...ids]), organizationId: actor.organizationId }),
            (f) => f.id,
          ),
        ),
      )
      .loadMany(p.attachmentFileIds);
    return files.filter((f): f is StoredFile => f instanceof StoredFile).map(toFileRef);
  }

  @ResolveField(() => [ProjectStatusChangeModel], { description: 'Every status change, oldest first.' })
  async timeline(@Parent() p: ProjectModel, @Context('loaders') loaders: Loaders) {
    return loaders
      .get<string, ProjectStatusChangeModel[]>('project-timeline', (ids) =>
        this.tx.read(async (em) => {
          const changes = await em.find(ProjectStatusChange, {
            where: { projectId: In([...ids]) },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
          const actorIds = [...new Set(changes.map((c) => c.actorUserId).filter((x): x is string => !!x))];
          const names = await this.directory.displayNames(em, actorIds);
          return ids.map((id) =>
            changes.filter((c) => c.projectId === id).map((c) => toStatusChange(c, names)),
          );
        }),
      )
      .load(p.id);
  }

  private async view(project: Project, info: GraphQLResolveInfo): Promise<ProjectModel> {
    return (await this.views([project], info))[0] as ProjectModel;
  }

  /**
   * Models with their channel and sector, each loaded in one statement for the whole list and only when
   * the query asks for them (plain fields: no resolver call per row).
   */
  private views(projects: Project[], info: GraphQLResolveInfo): Promise<ProjectModel[]> {
    return this.tx.read(async (em) => {
      const channelIds = selects(info, 'channel')
        ? [...new Set(projects.flatMap((p) => (p.channelId ? [p.channelId] : [])))]
        : [];
      const programmeIds = selects(info, 'sector') ? [...new Set(projects.map((p) => p.programmeId))] : [];
      const [channels, programmes] = await Promise.all([
        channelIds.length ? em.findBy(Channel, { id: In(channelIds) }) : [],
        programmeIds.length ? em.findBy(Programme, { id: In(programmeIds) }) : [],
      ]);
      const channelById = new Map(channels.map((c) => [c.id, toChannelModel(c)]));
      const programmeById = new Map(programmes.map((p) => [p.id, p]));
      return projects.map((p) => ({
        ...toProjectModel(p),
        channel: (p.channelId && channelById.get(p.channelId)) || null,
        sector: programmeById.get(p.programmeId)?.sectors.find((s) => s.code === p.sectorCode) ?? null,
      }));
    });
  }

  private programmeOf(p: ProjectModel, loaders: Loaders): Promise<Programme | null> {
    return loaders
      .get<string, Programme | null>('programme', (ids) =>
        this.tx.read(async (em) =>
          byKeys(ids, await em.findBy(Programme, { id: In([...ids]) }), (x) => x.id),
        ),
      )
      .load(p.programmeId);
  }
}
