import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScreeningAccess } from './access';
import { AssignedFiles } from './assignment/assigned-files';
import { AssignProcessor } from './assignment/assign.processor';
import { AssignmentResolver } from './assignment/assignment.resolver';
import { AssignmentService } from './assignment/assignment.service';
import { AssignmentViews } from './assignment/assignment-views';
import { RoundPlanner } from './assignment/planner';
import { PreviewService } from './assignment/preview.service';
import { ReassignService } from './assignment/reassign.service';
import { ConflictResolver } from './conflict/conflict.resolver';
import { ConflictService } from './conflict/conflict.service';
import { SCREENING_ENTITIES } from './entities';
import { FeedbackService } from './feedback/feedback.service';
import { RemindProcessor, ReminderSchedule } from './reminders/remind.processor';
import { ReviewerNotices } from './reminders/reviewer-notices';
import { ResultsExportService } from './results/export.service';
import { ResultsResolver } from './results/results.resolver';
import { ResultsService } from './results/results.service';
import { RoundResults } from './results/round-results';
import { ReviewResolver } from './review/review.resolver';
import { ReviewService } from './review/review.service';
import { ReviewerResolver } from './reviewer/reviewer.resolver';
import { ReviewerService } from './reviewer/reviewer.service';
import { RoundLifecycle } from './round/round-lifecycle.service';
import { RoundResolver } from './round/round.resolver';
import { RoundService } from './round/round.service';

const SERVICES = [
  ScreeningAccess,
  ReviewerService,
  RoundService,
  RoundPlanner,
  RoundLifecycle,
  RoundResults,
  ResultsService,
  ResultsExportService,
  AssignmentService,
  AssignmentViews,
  ReassignService,
  PreviewService,
  ConflictService,
  ReviewService,
  FeedbackService,
  ReviewerNotices,
];

/** Screening rounds, reviewers, conflicts, reviews and results: the GraphQL side, imported by the API. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(SCREENING_ENTITIES)],
  providers: [
    ...SERVICES,
    AssignedFiles,
    ReviewerResolver,
    RoundResolver,
    AssignmentResolver,
    ConflictResolver,
    ReviewResolver,
    ResultsResolver,
  ],
})
export class ScreeningModule {}

/** The jobs of this context (assignment, hourly reminders), imported by the worker. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(SCREENING_ENTITIES)],
  providers: [...SERVICES, AssignProcessor, RemindProcessor, ReminderSchedule],
})
export class ScreeningJobsModule {}
