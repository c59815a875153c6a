import { registerEnumType } from '@nestjs/graphql';
import {
  ActivityKind,
  AgreementKind,
  BidStatus,
  CeremonyMode,
  DealStage,
  IntentKind,
  IntentLevel,
  IntentSource,
  PartnerKind,
} from '@sixcan/domain';

registerEnumType(PartnerKind, { name: 'PartnerKind' });
registerEnumType(IntentKind, { name: 'IntentKind' });
registerEnumType(IntentLevel, {
  name: 'IntentLevel',
  description: 'OBSERVING → CONSIDERING → COMMITTED; COMMITTED is binding and shown to the applicant.',
});
registerEnumType(IntentSource, { name: 'IntentSource' });
registerEnumType(BidStatus, {
  name: 'BidStatus',
  description: 'SUBMITTED (live) → ACCEPTED | DECLINED | WITHDRAWN | EXPIRED.',
});
registerEnumType(DealStage, {
  name: 'DealStage',
  description: 'INTENT → CONTACTED → MEETING → DUE_DILIGENCE → NDA → MOU → SIGNED → LANDED, or DROPPED.',
});
registerEnumType(ActivityKind, { name: 'ActivityKind' });
registerEnumType(AgreementKind, { name: 'AgreementKind' });
registerEnumType(CeremonyMode, { name: 'CeremonyMode' });

export enum BidAnswer {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
}
registerEnumType(BidAnswer, { name: 'BidAnswer' });
