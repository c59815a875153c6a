import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PartnerKind, ScreeningRoundStatus } from '@sixcan/domain';
import { LocalizedText, MoneyModel } from '@sixcan/server-core';

// `PartnerKind` and `ScreeningRoundStatus` are the GraphQL enums the matching and screening contexts register
// (the same domain enum objects): the API always loads those contexts with this one.

/** The stages of a programme's funnel, from collection to landing. */
export enum FunnelStageKey {
  COLLECTED = 'COLLECTED',
  SUBMITTED = 'SUBMITTED',
  PASSED_ROUND = 'PASSED_ROUND',
  HANDBOOK = 'HANDBOOK',
  ROADSHOW = 'ROADSHOW',
  WITH_INTENTS = 'WITH_INTENTS',
  WITH_BIDS = 'WITH_BIDS',
  SIGNED = 'SIGNED',
  LANDED = 'LANDED',
}
registerEnumType(FunnelStageKey, {
  name: 'FunnelStageKey',
  description: 'A stage of the programme funnel; see `FunnelStage.count` for what each one counts.',
  valuesMap: {
    COLLECTED: {
      description: 'Every project of the programme, whatever its status (drafts and nominations too).',
    },
    SUBMITTED: {
      description: 'Projects ever submitted (they have a submission time), whatever happened next.',
    },
    PASSED_ROUND: {
      description:
        'Projects the decision of one screening round advanced (one stage per round, in round order).',
    },
    HANDBOOK: {
      description:
        'Projects printed in the latest successful handbook; before any, the projects the handbook would take now.',
    },
    ROADSHOW: { description: 'Distinct projects on any roadshow event of the programme.' },
    WITH_INTENTS: { description: 'Distinct projects with at least one partner intent (any kind or level).' },
    WITH_BIDS: { description: 'Distinct projects with at least one bid (any status).' },
    SIGNED: { description: 'Distinct projects with at least one signed agreement.' },
    LANDED: { description: 'Distinct projects with an agreement whose realisation has been recorded.' },
  },
});

/** Where the figures come from. */
export enum InsightsSource {
  AGGREGATE = 'AGGREGATE',
  LIVE = 'LIVE',
}
registerEnumType(InsightsSource, {
  name: 'InsightsSource',
  description:
    'AGGREGATE: the stored aggregates (see refreshedAt and stale); LIVE: computed now from the records.',
});

@ObjectType('FunnelStage', { description: 'One stage of the funnel and how many projects reached it.' })
export class FunnelStageModel {
  @Field(() => FunnelStageKey)
  key!: FunnelStageKey;

  @Field(() => ID, {
    nullable: true,
    description: 'PASSED_ROUND: the screening round; null for other stages.',
  })
  roundId!: string | null;

  @Field(() => Int, { nullable: true, description: 'PASSED_ROUND: the round’s ordinal (1, 2, …).' })
  roundOrdinal!: number | null;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'PASSED_ROUND: "Round 1" / "第1轮"; null otherwise.',
  })
  roundName!: LocalizedText | null;

  @Field(() => Int, {
    description:
      'COLLECTED: all projects of the programme, any status. SUBMITTED: projects with a submission time. ' +
      'PASSED_ROUND: projects whose final decision in that round is ADVANCE (0 until the round is decided). ' +
      'HANDBOOK: projects printed in the latest successful handbook job; with none, the projects the handbook ' +
      'would take now (shortlisted or in the roadshow, plus projects published to partners by hand unless ' +
      'withdrawn, rejected or in draft). ROADSHOW: distinct projects on any roadshow event of the programme. ' +
      'WITH_INTENTS / WITH_BIDS: distinct projects with at least one intent / bid. SIGNED: distinct projects ' +
      'with an agreement. LANDED: distinct projects with an agreement whose realisation has been recorded.',
  })
  count!: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'HANDBOOK: when the counted handbook was written; null when the stage counts the current selection.',
  })
  asOf!: Date | null;
}

@ObjectType('InsightsBucket', {
  description: 'The funnel of the projects sharing one country or one sector.',
})
export class InsightsBucketModel {
  @Field({
    description:
      'byCountry: the ISO 3166-1 code (the web names it); bySector: the sector code. "UNKNOWN" for projects ' +
      'without a country or sector.',
  })
  key!: string;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'bySector: the programme’s name of the sector; null for countries and unknown sectors.',
  })
  label!: LocalizedText | null;

  @Field(() => Int, { description: 'All projects (as COLLECTED).' })
  projects!: number;

  @Field(() => Int, { description: 'Ever submitted (as SUBMITTED).' })
  submitted!: number;

  @Field(() => Int, { description: 'Advanced by at least one screening round’s decision.' })
  advanced!: number;

  @Field(() => Int, { description: 'With at least one intent (as WITH_INTENTS).' })
  withIntents!: number;

  @Field(() => Int, { description: 'With a signed agreement (as SIGNED).' })
  signed!: number;
}

@ObjectType('InsightsChannelYield', {
  description: 'What one recommending channel brought into the programme and how far it got.',
})
export class ChannelYieldInsightModel {
  @Field(() => ID)
  channelId!: string;

  @Field({ description: 'The channel’s primary name (English, else Chinese); see label for both.' })
  name!: string;

  @Field(() => LocalizedText, { description: 'The channel’s name in Chinese and English.' })
  label!: LocalizedText;

  @Field(() => Int, { description: 'Projects of the channel in the programme (nominated or imported).' })
  nominated!: number;

  @Field(() => Int, { description: 'Of those, ever submitted.' })
  submitted!: number;

  @Field(() => Int, { description: 'Of those, advanced by at least one screening round’s decision.' })
  advanced!: number;

  @Field(() => Int, { description: 'Of those, with a signed agreement.' })
  signed!: number;

  @Field(() => Float, { description: 'advanced ÷ nominated (0 when none were nominated).' })
  yield!: number;
}

@ObjectType('PartnerKindBreakdown', { description: 'Engagement of one kind of partner with the programme.' })
export class PartnerKindBreakdownModel {
  @Field(() => PartnerKind)
  kind!: PartnerKind;

  @Field(() => Int, {
    description: 'Partners of this kind with an intent or a bid on a project of the programme.',
  })
  partners!: number;

  @Field(() => Int, { description: 'Their intents on the programme’s projects.' })
  intents!: number;

  @Field(() => Int, { description: 'Their bids on the programme’s projects (any status).' })
  bids!: number;

  @Field(() => Int, { description: 'Their agreements on the programme’s projects.' })
  signed!: number;

  @Field(() => MoneyModel, {
    nullable: true,
    description:
      'Committed by those agreements, in the programme’s reporting currency (currencies without a rate are ' +
      'left out: see investment.missingRates).',
  })
  committed!: MoneyModel | null;
}

@ObjectType('InsightsReviewerProgress', { description: 'How far the reviewers of one screening round are.' })
export class RoundReviewProgressModel {
  @Field(() => ID)
  roundId!: string;

  @Field(() => Int)
  roundOrdinal!: number;

  @Field(() => LocalizedText, { description: '"Round 1" / "第1轮".' })
  roundName!: LocalizedText;

  @Field(() => ScreeningRoundStatus)
  status!: ScreeningRoundStatus;

  @Field(() => Int, { description: 'Review assignments not taken away by a conflict of interest.' })
  assignments!: number;

  @Field(() => Int, { description: 'Of those, with a submitted review.' })
  submitted!: number;

  @Field(() => Int, { description: 'Reviewers with at least one such assignment.' })
  reviewers!: number;

  @Field(() => Int, { description: 'Reviewers who submitted every one of their reviews.' })
  reviewersDone!: number;
}

@ObjectType('InvestmentFigures', {
  description:
    'Agreements on the programme’s projects, in the programme’s reporting currency, converted with the ' +
    'organisation’s FX table (rate = units of a currency per one unit of the table’s base).',
})
export class InvestmentFiguresModel {
  @Field({ description: 'The programme’s reporting currency (ISO 4217).' })
  currency!: string;

  @Field(() => MoneyModel, {
    nullable: true,
    description: 'Total committed; currencies listed in missingRates are left out.',
  })
  committed!: MoneyModel | null;

  @Field(() => MoneyModel, {
    nullable: true,
    description: 'Total realised so far; currencies listed in missingRates are left out.',
  })
  realised!: MoneyModel | null;

  @Field(() => Int, { description: 'Agreements signed.' })
  agreements!: number;

  @Field(() => Int, { description: 'Agreements whose realisation has been recorded.' })
  landed!: number;

  @Field(() => [String], { description: 'Currencies of agreements the FX table cannot convert, sorted.' })
  missingRates!: string[];
}

@ObjectType('TrendPoint', {
  description: 'What happened in one ISO week (Monday to Sunday in the programme’s zone).',
})
export class TrendPointModel {
  @Field(() => Date, { description: 'Monday 00:00 of the week in the programme’s time zone, as an instant.' })
  period!: Date;

  @Field(() => Int, { description: 'Projects first submitted that week.' })
  submitted!: number;

  @Field(() => Int, { description: 'Intents recorded that week.' })
  intents!: number;

  @Field(() => Int, { description: 'Bids placed that week.' })
  bids!: number;

  @Field(() => Int, { description: 'Agreements signed that week.' })
  signed!: number;

  @Field(() => MoneyModel, {
    nullable: true,
    description: 'Committed by the agreements signed that week, in the reporting currency.',
  })
  committed!: MoneyModel | null;
}

@ObjectType('ProgrammeInsights', {
  description: 'The programme dashboard: funnel, breakdowns, investment, trends.',
})
export class ProgrammeInsightsModel {
  @Field(() => ID)
  programmeId!: string;

  @Field({ description: 'The programme’s reporting currency (ISO 4217).' })
  currency!: string;

  @Field(() => InsightsSource)
  source!: InsightsSource;

  @Field(() => Date, {
    description: 'When these figures were computed (now for LIVE; the last refresh for AGGREGATE).',
  })
  refreshedAt!: Date;

  @Field({
    description:
      'True when something that feeds the dashboard changed in the organisation after refreshedAt, so the ' +
      'aggregates may be behind (they are refreshed shortly after changes); always false for LIVE.',
  })
  stale!: boolean;

  @Field(() => [FunnelStageModel], {
    description:
      'COLLECTED, SUBMITTED, one PASSED_ROUND per screening round (in round order), HANDBOOK, ' +
      'ROADSHOW, WITH_INTENTS, WITH_BIDS, SIGNED, LANDED.',
  })
  funnel!: FunnelStageModel[];

  @Field(() => [InsightsBucketModel], { description: 'Per project country, most projects first.' })
  byCountry!: InsightsBucketModel[];

  @Field(() => [InsightsBucketModel], {
    description: 'Per sector, in the programme’s order of sectors (then unknown codes).',
  })
  bySector!: InsightsBucketModel[];

  @Field(() => [ChannelYieldInsightModel], {
    description: 'Per recommending channel with projects in the programme, most nominated first.',
  })
  byChannel!: ChannelYieldInsightModel[];

  @Field(() => [PartnerKindBreakdownModel], { description: 'Per partner kind (every kind, also when 0).' })
  byPartnerKind!: PartnerKindBreakdownModel[];

  @Field(() => [RoundReviewProgressModel], { description: 'Per screening round, in round order.' })
  reviewerProgress!: RoundReviewProgressModel[];

  @Field(() => InvestmentFiguresModel)
  investment!: InvestmentFiguresModel;

  @Field(() => [TrendPointModel], {
    description:
      'ISO weeks from the programme’s opening (or its first activity) to now, oldest first, at most the last 104.',
  })
  trends!: TrendPointModel[];
}

@ObjectType('InsightsLiveCounters', { description: 'Counters of a programme to watch during a roadshow.' })
export class InsightsLiveCountersModel {
  @Field(() => ID)
  programmeId!: string;

  @Field(() => Date, { description: 'When the counters were taken.' })
  at!: Date;

  @Field(() => Int, { description: 'Intents on the programme’s projects.' })
  intents!: number;

  @Field(() => Int, { description: 'Bids on the programme’s projects (any status).' })
  bids!: number;

  @Field(() => Int, {
    description: 'Deals (follow-ups of a project and partner) on the programme’s projects.',
  })
  deals!: number;

  @Field(() => Int, { description: 'Agreements signed on the programme’s projects.' })
  signed!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The programme’s roadshow event that is live now, if any.',
  })
  liveRoadshowId!: string | null;
}
