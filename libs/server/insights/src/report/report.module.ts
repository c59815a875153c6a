import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InsightsService } from '../dashboard/insights.service';
import { ProgrammeReport } from './programme-report.entity';
import { ReportFiguresReader } from './report-figures-reader';
import { ReportProcessor } from './report.processor';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';
import { ReportWriter } from './report-writer';

/** The bureau report, the GraphQL side (imported by the API): requests and their progress. */
@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeReport])],
  providers: [ReportService, ReportResolver],
})
export class ReportModule {}

/** The report job (PDF and XLSX from the dashboard's figures, the line-up and the agreements), for the worker. */
@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeReport])],
  providers: [InsightsService, ReportFiguresReader, ReportWriter, ReportProcessor],
})
export class ReportJobsModule {}
