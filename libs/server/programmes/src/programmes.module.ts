import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  ApplicantIntake,
  HandbookCatalog,
  MatchingCatalog,
  RoadshowCatalog,
  ScreeningIntake,
} from '@sixcan/server-core';
import { ChannelResolver } from './channel/channel.resolver';
import { ChannelService } from './channel/channel.service';
import { PROGRAMMES_ENTITIES } from './entities';
import { ImportProcessor } from './import/import.processor';
import { ImportResolver } from './import/import.resolver';
import { ImportService } from './import/import.service';
import { ProgrammeResolver } from './programme/programme.resolver';
import { ProgrammeService } from './programme/programme.service';
import { NominationService } from './project/nomination.service';
import { ProjectAccess } from './project/project-access';
import { ProjectFiles } from './project/project-files';
import { ProjectQueries } from './project/project-query.service';
import { ProjectResolver } from './project/project.resolver';
import { ProjectNotices } from './project/project-notices';
import { ProjectService } from './project/project.service';
import { ProgrammesScreeningIntake } from './project/screening-intake';
import { ProgrammesMatchingCatalog } from './project/matching-catalog';
import { ProgrammesRoadshowCatalog } from './project/roadshow-catalog';
import { ProgrammesHandbookCatalog } from './project/handbook-catalog';

const SERVICES = [
  ProgrammeService,
  { provide: ApplicantIntake, useExisting: ProgrammeService },
  ChannelService,
  ProjectAccess,
  ProjectNotices,
  ProjectService,
  ProjectQueries,
  NominationService,
  ImportService,
  ProgrammesScreeningIntake,
  { provide: ScreeningIntake, useExisting: ProgrammesScreeningIntake },
  ProgrammesMatchingCatalog,
  { provide: MatchingCatalog, useExisting: ProgrammesMatchingCatalog },
  ProgrammesRoadshowCatalog,
  { provide: RoadshowCatalog, useExisting: ProgrammesRoadshowCatalog },
  ProgrammesHandbookCatalog,
  { provide: HandbookCatalog, useExisting: ProgrammesHandbookCatalog },
];

/** Programmes, channels, projects and spreadsheet intake: the GraphQL side, imported by the API. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(PROGRAMMES_ENTITIES)],
  providers: [...SERVICES, ProjectFiles, ProgrammeResolver, ChannelResolver, ProjectResolver, ImportResolver],
  exports: [ApplicantIntake, ScreeningIntake, MatchingCatalog, HandbookCatalog, RoadshowCatalog],
})
export class ProgrammesModule {}

/** The jobs of this context, imported by the worker. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(PROGRAMMES_ENTITIES)],
  providers: [...SERVICES, ImportProcessor],
  exports: [ApplicantIntake, ScreeningIntake, MatchingCatalog, HandbookCatalog, RoadshowCatalog],
})
export class ProgrammesJobsModule {}
