import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { BidModel } from '../bid/bid.models';
import { DealModel } from '../deal/deal.models';
import { IntentModel } from '../intent/intent.models';
import { ListArgs } from '../page';

@ObjectType('PartnerProjectStatus', {
  description: 'Where one partner stands with one project: its flags, intents, bid and deal.',
})
export class PartnerProjectStatusModel {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field({ description: 'On the partner’s saved list.' })
  saved!: boolean;

  @Field({ description: 'Left out of the partner’s recommendations.' })
  notInterested!: boolean;

  @Field(() => [IntentModel], { description: 'Latest change first.' })
  intents!: IntentModel[];

  @Field(() => BidModel, { nullable: true, description: 'The live bid, else the latest one.' })
  bid!: BidModel | null;

  @Field(() => DealModel, { nullable: true })
  deal!: DealModel | null;
}

@ArgsType()
export class SavedProjectsArgs extends ListArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnerId must be an id' })
  partnerId!: string;
}
