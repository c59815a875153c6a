import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatchReasonCode, ReasonOutcome } from '@sixcan/domain';
import { PartnerProjectModel } from '../catalog/catalog.models';
import { PartnerModel } from '../partner/partner.models';

registerEnumType(MatchReasonCode, { name: 'MatchReasonCode' });
registerEnumType(ReasonOutcome, { name: 'MatchReasonOutcome' });

@ObjectType('MatchReason', { description: 'One part of a match score and why it scored what it did.' })
export class MatchReasonModel {
  @Field(() => MatchReasonCode)
  code!: MatchReasonCode;

  @Field(() => Int)
  weight!: number;

  @Field(() => Int)
  points!: number;

  @Field(() => ReasonOutcome)
  outcome!: ReasonOutcome;

  @Field()
  detail!: string;
}

@ObjectType('RecommendedProject')
export class RecommendedProjectModel {
  @Field(() => PartnerProjectModel)
  project!: PartnerProjectModel;

  @Field(() => Int, { description: '0–100.' })
  score!: number;

  @Field(() => [MatchReasonModel])
  reasons!: MatchReasonModel[];
}

@ObjectType('RecommendedPartner')
export class RecommendedPartnerModel {
  @Field(() => PartnerModel)
  partner!: PartnerModel;

  @Field(() => Int, { description: '0–100.' })
  score!: number;

  @Field(() => [MatchReasonModel])
  reasons!: MatchReasonModel[];
}
