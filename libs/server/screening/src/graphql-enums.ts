import { registerEnumType } from '@nestjs/graphql';
import {
  AdvanceRuleKind,
  ConflictKind,
  ConflictSource,
  ConflictStatus,
  Decision,
  Recommendation,
  ReviewStatus,
  ScreeningRoundStatus,
  Verdict,
} from '@sixcan/domain';
import { RoundJobState } from './round/screening-round.entity';

registerEnumType(ScreeningRoundStatus, {
  name: 'ScreeningRoundStatus',
  description: 'DRAFT → OPEN (assignments written) → CLOSED (no more scoring) → DECIDED (final).',
});
registerEnumType(AdvanceRuleKind, {
  name: 'AdvanceRuleKind',
  description: 'TOP_N: the best n advance; MIN_SCORE: all at or above the score; MANUAL: organizers decide.',
});
registerEnumType(Verdict, { name: 'Verdict' });
registerEnumType(Recommendation, { name: 'Recommendation' });
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });
registerEnumType(ConflictSource, { name: 'ConflictSource' });
registerEnumType(ConflictStatus, {
  name: 'ConflictStatus',
  description: 'ACTIVE (detected, not yet judged) and CONFIRMED block the reviewer; DISMISSED does not.',
});
registerEnumType(ConflictKind, { name: 'ConflictKind' });
registerEnumType(Decision, { name: 'Decision' });
registerEnumType(RoundJobState, { name: 'RoundJobState' });

export enum ConflictResolution {
  CONFIRM = 'CONFIRM',
  DISMISS = 'DISMISS',
}
registerEnumType(ConflictResolution, { name: 'ConflictResolution' });
