import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchingAccess } from './access';
import { AgreementNotices } from './agreement/agreement-notices';
import { AgreementResolver } from './agreement/agreement.resolver';
import { AgreementService } from './agreement/agreement.service';
import { CeremonyResolver } from './agreement/ceremony.resolver';
import { BidAnswerService } from './bid/bid-answer.service';
import { BidNotices } from './bid/bid-notices';
import { BidResolver } from './bid/bid.resolver';
import { BidService } from './bid/bid.service';
import { BidViews } from './bid/bid-views';
import { FxService } from './bid/fx.service';
import { CatalogResolver } from './catalog/catalog.resolver';
import { CatalogService } from './catalog/catalog.service';
import { PartnerProjectResolver } from './catalog/partner-project.resolver';
import { PartnerProjectService } from './catalog/partner-project.service';
import { MATCHING_ENTITIES } from './entities';
import { MatchingEvents } from './events';
import { IntentNotices } from './intent/intent-notices';
import { IntentResolver } from './intent/intent.resolver';
import { IntentService } from './intent/intent.service';
import { DealQueries } from './deal/deal-queries';
import { DealResolver } from './deal/deal.resolver';
import { DealFiles } from './deal/deal-files';
import { DealService } from './deal/deal.service';
import { ExpireBidsProcessor, MatchingSchedule } from './jobs/expire.processor';
import { DealRemindProcessor } from './jobs/remind.processor';
import { MatchingLoaders } from './loaders';
import { MatchingNotices } from './notices/matching-notices';
import { RecommendationResolver } from './recommendation/recommendation.resolver';
import { PartnerResolver } from './partner/partner.resolver';
import { PartnerService } from './partner/partner.service';

const SERVICES = [
  MatchingAccess,
  MatchingNotices,
  MatchingLoaders,
  PartnerService,
  CatalogService,
  PartnerProjectService,
  IntentService,
  IntentNotices,
  BidService,
  BidAnswerService,
  BidNotices,
  BidViews,
  FxService,
  DealService,
  DealQueries,
  AgreementService,
  AgreementNotices,
  MatchingEvents,
];

/** Partners, published projects, intents, sealed bids, the deal pipeline and agreements: the GraphQL side, imported by the API. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(MATCHING_ENTITIES)],
  providers: [
    ...SERVICES,
    DealFiles,
    PartnerResolver,
    CatalogResolver,
    PartnerProjectResolver,
    IntentResolver,
    BidResolver,
    DealResolver,
    AgreementResolver,
    CeremonyResolver,
    RecommendationResolver,
  ],
})
export class MatchingModule {}

/** The jobs of this context (bid expiry, deal reminders, hourly), imported by the worker. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(MATCHING_ENTITIES)],
  providers: [...SERVICES, ExpireBidsProcessor, DealRemindProcessor, MatchingSchedule],
})
export class MatchingJobsModule {}
