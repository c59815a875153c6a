import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
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
import { ChannelModel, toChannelModel } from '../channel/channel.models';
import { FileRefModel, SectorModel } from '../graphql-types';
import { mapConnection, toFileRef } from '../mappers';
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
  async projects(@CurrentActor() actor: Actor, @Args() args: ProjectsArgs): Promise<ProjectConnection> {
    return mapConnection(await this.queries.list(actor, args), toProjectModel);
  }

  @Query(() => ProjectModel)
  @Roles(Role.ORGANIZER, Role.APPLICANT, Role.CHANNEL)
  async project(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.queries.get(actor, id));
  }

  @Mutation(() => ProjectModel, { description: 'Starts a DRAFT project in an open programme.' })
  @Roles(Role.APPLICANT, Role.ORGANIZER)
  async createProject(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('input') input: ProjectInput,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.projectService.create(actor, programmeId, input));
  }

  @Mutation(() => ProjectModel, {
    description:
      'Drafts change freely; a submitted project while the call is open (all required fields kept).',
  })
  @Roles(Role.APPLICANT, Role.ORGANIZER)
  async updateProject(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProjectInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.projectService.update(actor, id, input, expectedVersion));
  }

  @Mutation(() => ProjectModel, { description: 'Submits inside the window with every required field.' })
  @Roles(Role.APPLICANT, Role.ORGANIZER)
  async submitProject(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toProjectModel(await this.projectService.submit(actor, id));
  }

  @Mutation(() => ProjectModel, { description: 'Withdraws a project before any final decision.' })
  @Roles(Role.APPLICANT, Role.ORGANIZER)
  async withdrawProject(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ) {
    return toProjectModel(await this.projectService.withdraw(actor, id, reason));
  }

  @Mutation(() => ProjectModel, {
    description:
      'A channel nominates a project; the applicant is invited by e-mail to complete and submit it.',
  })
  @Roles(Role.CHANNEL, Role.ORGANIZER)
  async nominateProject(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('input') input: NominationInput,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.nominations.nominate(actor, programmeId, input));
  }

  @ResolveField(() => ChannelModel, { nullable: true })
  async channel(
    @Parent() p: ProjectModel,
    @Context('loaders') loaders: Loaders,
  ): Promise<ChannelModel | null> {
    if (!p.channelId) return null;
    const channel = await loaders
      .get<string, Channel | null>('channel', (ids) =>
        this.tx.read(async (em) => byKeys(ids, await em.findBy(Channel, { id: In([...ids]) }), (c) => c.id)),
      )
      .load(p.channelId);
    return channel ? toChannelModel(channel) : null;
  }

  @ResolveField(() => SectorModel, { nullable: true })
  async sector(@Parent() p: ProjectModel, @Context('loaders') loaders: Loaders): Promise<SectorModel | null> {
    if (!p.sectorCode) return null;
    const programme = await this.programmeOf(p, loaders);
    return programme?.sectors.find((s) => s.code === p.sectorCode) ?? null;
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
    @Context('loaders') loaders: Loaders,
  ): Promise<FileRefModel[]> {
    if (!p.attachmentFileIds.length) return [];
    const files = await loaders
      .get<string, StoredFile | null>('file', (ids) =>
        this.tx.run(async (em) =>
          byKeys(ids, await em.findBy(StoredFile, { id: In([...ids]) }), (f) => f.id),
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
