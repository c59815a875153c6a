import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RoadshowMode, RoadshowStatus, SlotDelivery, SlotStatus } from '@sixcan/domain';
import { LocalizedText } from '@sixcan/server-core';
import '../graphql-enums';

@ObjectType('PublicRoadshowSlot', { description: 'A pitch on the public schedule: no personal data.' })
export class PublicSlotModel {
  @Field(() => Int)
  order!: number;

  @Field(() => LocalizedText)
  projectTitle!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1.' })
  country!: string | null;

  @Field(() => String, { nullable: true, description: 'The institution presenting.' })
  organizationName!: string | null;

  @Field({ description: 'UTC; the web shows it in the visitor’s zone.' })
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => SlotDelivery)
  delivery!: SlotDelivery;

  @Field(() => SlotStatus)
  status!: SlotStatus;
}

@ObjectType('PublicRoadshowBreak')
export class PublicBreakModel {
  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}

@ObjectType('PublicRoadshow', { description: 'A published roadshow as anyone may see it.' })
export class PublicRoadshowModel {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => RoadshowMode)
  mode!: RoadshowMode;

  @Field(() => RoadshowStatus)
  status!: RoadshowStatus;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: 'Only while the roadshow is live.' })
  streamUrl!: string | null;

  @Field({ description: 'IANA display zone of the event.' })
  timeZone!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => [PublicSlotModel])
  slots!: PublicSlotModel[];

  @Field(() => [PublicBreakModel])
  breaks!: PublicBreakModel[];
}
