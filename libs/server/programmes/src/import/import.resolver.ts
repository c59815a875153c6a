import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Actor, LOCALES, Role } from '@sixcan/domain';
import { CurrentActor, DomainError, PageArgs, Roles } from '@sixcan/server-core';
import { FileRefModel, SpreadsheetFormat } from '../graphql-types';
import { mapConnection, toFileRef } from '../mappers';
import { ProjectQueries } from '../project/project-query.service';
import { ProjectFilter } from '../project/project.models';
import { ImportService } from './import.service';
import { ProjectImportConnection, ProjectImportModel, toImportModel } from './import.models';
import { ImportMode } from './project-import.entity';

@ArgsType()
class ProjectImportsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be an id' })
  programmeId!: string;
}

@Resolver()
export class ImportResolver {
  constructor(
    private readonly imports: ImportService,
    private readonly queries: ProjectQueries,
  ) {}

  @Mutation(() => ProjectImportModel, {
    description:
      'Imports an uploaded XLSX/CSV (POST /files) as a job; poll projectImport for progress. Channel members nominate their rows.',
  })
  @Roles(Role.ORGANIZER, Role.CHANNEL)
  async startProjectImport(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('fileId', { type: () => ID }) fileId: string,
    @Args('mode', { type: () => ImportMode }) mode: ImportMode,
    @Args('channelId', { type: () => ID, nullable: true }) channelId?: string,
  ): Promise<ProjectImportModel> {
    return toImportModel(await this.imports.start(actor, { programmeId, fileId, mode, channelId }));
  }

  @Query(() => ProjectImportModel)
  @Roles(Role.ORGANIZER, Role.CHANNEL)
  async projectImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toImportModel(await this.imports.get(actor, id));
  }

  @Query(() => ProjectImportConnection)
  @Roles(Role.ORGANIZER, Role.CHANNEL)
  async projectImports(
    @CurrentActor() actor: Actor,
    @Args() args: ProjectImportsArgs,
  ): Promise<ProjectImportConnection> {
    return mapConnection(await this.imports.list(actor, args.programmeId, args), toImportModel);
  }

  @Mutation(() => FileRefModel, { description: 'The bilingual import template of a programme.' })
  @Roles(Role.ORGANIZER, Role.CHANNEL)
  async projectImportTemplate(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('format', { type: () => SpreadsheetFormat }) format: SpreadsheetFormat,
  ): Promise<FileRefModel> {
    return toFileRef(await this.imports.template(actor, programmeId, format));
  }

  @Mutation(() => FileRefModel, {
    description: 'The filtered list as XLSX or CSV (UTF-8 with BOM), with headers in the given language.',
  })
  @Roles(Role.ORGANIZER, Role.CHANNEL)
  async exportProjects(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('format', { type: () => SpreadsheetFormat }) format: SpreadsheetFormat,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
    @Args('locale', { type: () => String, nullable: true }) locale?: string,
  ): Promise<FileRefModel> {
    if (locale && !(LOCALES as readonly string[]).includes(locale))
      throw DomainError.validation(`locale must be one of ${LOCALES.join(', ')}`, [
        { field: 'locale', message: 'unknown' },
      ]);
    const chosen = locale === 'en' ? 'en' : 'zh-CN';
    return toFileRef(
      await this.imports.export(actor, this.queries, { programmeId, filter, format, locale: chosen }),
    );
  }
}
