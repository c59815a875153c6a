import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HANDBOOK_ENTITIES } from './entities';
import { HandbookProcessor } from './handbook.processor';
import { HandbookResolver } from './handbook.resolver';
import { HandbookService } from './handbook.service';
import { HandbookWriter } from './handbook-writer';

/**
 * The programme handbook, the GraphQL side (imported by the API): requests and their progress. Needs a
 * `HandbookCatalog` (programmes) and `PublishedProjectIds` provider.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(HANDBOOK_ENTITIES)],
  providers: [HandbookService, HandbookResolver],
})
export class HandbookModule {}

/** The handbook job (PDF and XLSX), imported by the worker. Needs a `HandbookCatalog` provider. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(HANDBOOK_ENTITIES)],
  providers: [HandbookWriter, HandbookProcessor],
})
export class HandbookJobsModule {}
