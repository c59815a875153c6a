import { Agreement, SigningCeremony } from './agreement/agreement.entity';
import { Bid, BidRevision, FxRate } from './bid/bid.entity';
import { DismissedMatch, PublishedProject, SavedProject } from './catalog/catalog.entity';
import { Deal, DealActivity, DealReminder } from './deal/deal.entity';
import { MatchIntent } from './intent/intent.entity';
import { Partner, PartnerMember } from './partner/partner.entity';

export const MATCHING_ENTITIES = [
  Partner,
  PartnerMember,
  PublishedProject,
  DismissedMatch,
  SavedProject,
  MatchIntent,
  Bid,
  BidRevision,
  FxRate,
  Deal,
  DealActivity,
  DealReminder,
  SigningCeremony,
  Agreement,
];
export {
  Agreement,
  Bid,
  BidRevision,
  Deal,
  DealActivity,
  DealReminder,
  DismissedMatch,
  FxRate,
  MatchIntent,
  Partner,
  PartnerMember,
  PublishedProject,
  SavedProject,
  SigningCeremony,
};
