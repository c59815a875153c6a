import { Module } from '@nestjs/common';

/** The bureau report: a bilingual PDF and XLSX of a programme, generated as a job. */
@Module({})
export class ReportModule {}

/** The report job, imported by the worker. */
@Module({})
export class ReportJobsModule {}
