import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ALL_ROLES, ProgrammeStatus, Role } from '@sixcan/domain';
import { CurrentActor, MemberDirectory, PageArgs, Public, Roles, Transactions } from '@sixcan/server-core';
import { IsEnum, IsOptional } from 'class-validator';
import { mapConnection } from '../mappers';
import {
  acceptingSubmissions,
  OpenCallModel,
  ProgrammeConnection,
  ProgrammeInput,
  ProgrammeModel,
  toProgrammeModel,
} from './programme.models';
import { Programme } from './programme.entity';
import { ProgrammeService } from './programme.service';

@ArgsType()
class ProgrammesArgs extends PageArgs {
  @Field(() => ProgrammeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus | null;
}

@Resolver(() => ProgrammeModel)
export class ProgrammeResolver {
  constructor(
    private readonly programmeService: ProgrammeService,
    private readonly directory: MemberDirectory,
    private readonly tx: Transactions,
  ) {}

  @Mutation(() => ProgrammeModel, { description: 'Creates a programme in DRAFT.' })
  @Roles(Role.ORGANIZER)
  async createProgramme(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProgrammeInput,
  ): Promise<ProgrammeModel> {
    return toProgrammeModel(await this.programmeService.create(actor, input));
  }

  @Mutation(() => ProgrammeModel)
  @Roles(Role.ORGANIZER)
  async updateProgramme(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProgrammeInput,
  ): Promise<ProgrammeModel> {
    return toProgrammeModel(await this.programmeService.update(actor, id, input));
  }

  @Mutation(() => ProgrammeModel, { description: 'Opens the call (from DRAFT, or reopens a CLOSED one).' })
  @Roles(Role.ORGANIZER)
  async openProgramme(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toProgrammeModel(await this.programmeService.move(actor, id, 'open'));
  }

  @Mutation(() => ProgrammeModel)
  @Roles(Role.ORGANIZER)
  async closeProgramme(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toProgrammeModel(await this.programmeService.move(actor, id, 'close'));
  }

  @Mutation(() => ProgrammeModel)
  @Roles(Role.ORGANIZER)
  async archiveProgramme(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toProgrammeModel(await this.programmeService.move(actor, id, 'archive'));
  }

  @Query(() => ProgrammeConnection, {
    description: 'Organizers see every programme; other members no drafts.',
  })
  @Roles(...ALL_ROLES)
  async programmes(@CurrentActor() actor: Actor, @Args() args: ProgrammesArgs): Promise<ProgrammeConnection> {
    return mapConnection(await this.programmeService.list(actor, args, args.status), toProgrammeModel);
  }

  @Query(() => ProgrammeModel)
  @Roles(...ALL_ROLES)
  async programme(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toProgrammeModel(await this.programmeService.get(actor, id));
  }

  @Query(() => [OpenCallModel], { description: 'Open calls for projects, for the public call page.' })
  @Public()
  async openCalls(): Promise<OpenCallModel[]> {
    return this.toOpenCalls(await this.programmeService.openCalls());
  }

  @Query(() => OpenCallModel)
  @Public()
  async openCall(@Args('id', { type: () => ID }) id: string): Promise<OpenCallModel> {
    const [call] = await this.toOpenCalls([await this.programmeService.openCall(id)]);
    return call as OpenCallModel;
  }

  private async toOpenCalls(programmes: Programme[]): Promise<OpenCallModel[]> {
    const names = await this.tx.run((em) =>
      this.directory.organizationNames(em, [...new Set(programmes.map((p) => p.organizationId))]),
    );
    return programmes.map((p) => ({
      id: p.id,
      organizationId: p.organizationId,
      organizationName: names.get(p.organizationId) ?? '',
      title: { zh: p.titleZh, en: p.titleEn },
      description: { zh: p.descriptionZh, en: p.descriptionEn },
      timeZone: p.timeZone,
      opensAt: p.opensAt,
      closesAt: p.closesAt,
      sectors: p.sectors,
      mandatoryCans: p.mandatoryCans,
      acceptingSubmissions: acceptingSubmissions(p),
    }));
  }
}
