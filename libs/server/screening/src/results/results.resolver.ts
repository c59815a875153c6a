import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, LOCALES, Role } from '@sixcan/domain';
import { CurrentActor, DomainError, FileRefModel, LocalizedTextInput, Roles } from '@sixcan/server-core';
import { FeedbackService } from '../feedback/feedback.service';
import { ReleasedFeedback } from '../feedback/released-feedback.entity';
import { ResultsExportService } from './export.service';
import {
  ReleasedFeedbackModel,
  ReviewerLeniencyModel,
  ReviewerProgressModel,
  RoundResultConnection,
  RoundResultsArgs,
  ScoreBucketModel,
} from './results.models';
import { ResultsService } from './results.service';

const toFeedback = (f: ReleasedFeedback): ReleasedFeedbackModel => ({
  roundOrdinal: f.roundOrdinal,
  text: { zh: f.textZh, en: f.textEn },
  releasedAt: f.releasedAt,
});

@Resolver()
export class ResultsResolver {
  constructor(
    private readonly results: ResultsService,
    private readonly exports: ResultsExportService,
    private readonly feedback: FeedbackService,
  ) {}

  @Query(() => RoundResultConnection, {
    description: 'The ranking computed from submitted reviews, with gate, proposal and final decision.',
  })
  @Roles(Role.ORGANIZER)
  async roundResults(
    @CurrentActor() actor: Actor,
    @Args() args: RoundResultsArgs,
  ): Promise<RoundResultConnection> {
    return this.results.page(actor, args);
  }

  @Query(() => [ScoreBucketModel], { description: 'Projects per score band, raw and normalised.' })
  @Roles(Role.ORGANIZER)
  async roundScoreDistribution(
    @CurrentActor() actor: Actor,
    @Args('roundId', { type: () => ID }) roundId: string,
  ) {
    return this.results.distribution(actor, roundId);
  }

  @Query(() => [ReviewerLeniencyModel], {
    description: 'Per reviewer: mean raw score, its z against the round, count.',
  })
  @Roles(Role.ORGANIZER)
  async reviewerLeniency(@CurrentActor() actor: Actor, @Args('roundId', { type: () => ID }) roundId: string) {
    return this.results.leniency(actor, roundId);
  }

  @Query(() => [ReviewerProgressModel], {
    description: 'Per reviewer: assigned, declared, drafts, submitted.',
  })
  @Roles(Role.ORGANIZER)
  async reviewerProgress(@CurrentActor() actor: Actor, @Args('roundId', { type: () => ID }) roundId: string) {
    return this.results.progress(actor, roundId);
  }

  @Mutation(() => FileRefModel, {
    description:
      'The ranking with its justification (scores per criterion, gate verdicts, overrides) as XLSX.',
  })
  @Roles(Role.ORGANIZER)
  async exportRoundResults(
    @CurrentActor() actor: Actor,
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('locale', { type: () => String, nullable: true }) locale?: string,
  ): Promise<FileRefModel> {
    if (locale && !(LOCALES as readonly string[]).includes(locale))
      throw DomainError.validation(`locale must be one of ${LOCALES.join(', ')}`, [
        { field: 'locale', message: 'unknown' },
      ]);
    const f = await this.exports.export(actor, roundId, locale === 'en' ? 'en' : 'zh-CN');
    return {
      id: f.id,
      filename: f.filename,
      contentType: f.contentType,
      sizeBytes: f.sizeBytes,
      url: `/files/${f.id}`,
    };
  }

  @Mutation(() => ReleasedFeedbackModel, {
    description: 'Releases feedback to the applicant (DECIDED rounds).',
  })
  @Roles(Role.ORGANIZER)
  async releaseFeedback(
    @CurrentActor() actor: Actor,
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('text', { type: () => LocalizedTextInput }) text: LocalizedTextInput,
  ): Promise<ReleasedFeedbackModel> {
    return toFeedback(await this.feedback.release(actor, roundId, projectId, text));
  }

  @Query(() => [ReleasedFeedbackModel], {
    description: 'Feedback released on a project (its applicant, organizers); never scores or reviewers.',
  })
  @Roles(Role.ORGANIZER, Role.APPLICANT)
  async projectFeedback(
    @CurrentActor() actor: Actor,
    @Args('projectId', { type: () => ID }) projectId: string,
  ) {
    return (await this.feedback.forProject(actor, projectId)).map(toFeedback);
  }
}
