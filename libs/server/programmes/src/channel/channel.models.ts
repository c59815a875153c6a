import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ChannelKind, LOCALES } from '@sixcan/domain';
import { Connection } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocalizedText, LocalizedTextInput } from '../graphql-types';
import { Channel, ChannelMember } from './channel.entity';

@ObjectType('ChannelMember')
export class ChannelMemberModel {
  @Field()
  email!: string;

  @Field({ description: 'True once the person has an account in this organisation.' })
  joined!: boolean;

  @Field()
  invitedAt!: Date;
}

@ObjectType('Channel', { description: 'A recommending institution.' })
export class ChannelModel {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => ChannelKind)
  kind!: ChannelKind;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country!: string;

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class ChannelConnection extends Connection(ChannelModel, 'Channel') {}

@ObjectType('ChannelYield', { description: 'What a channel brought into a programme and how far it got.' })
export class ChannelYieldModel {
  @Field(() => ChannelModel)
  channel!: ChannelModel;

  @Field(() => Int, { description: 'Projects of this channel in the programme (nominated or imported).' })
  nominated!: number;

  @Field(() => Int, { description: 'Of those, submitted (whatever happened next).' })
  submitted!: number;

  @Field(() => Int, { description: 'Of those, now in screening or further.' })
  inScreening!: number;

  @Field(() => Int)
  shortlisted!: number;

  @Field(() => Int)
  inRoadshow!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int)
  withdrawn!: number;
}

export const toChannelModel = (c: Channel): ChannelModel => ({
  id: c.id,
  name: { zh: c.nameZh, en: c.nameEn },
  kind: c.kind,
  country: c.country,
  contactEmail: c.contactEmail,
  createdAt: c.createdAt,
});

export const toChannelMember = (m: ChannelMember): ChannelMemberModel => ({
  email: m.email,
  joined: m.userId !== null,
  invitedAt: m.createdAt,
});

@InputType()
export class ChannelInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  name!: LocalizedTextInput;

  @Field(() => ChannelKind)
  @IsEnum(ChannelKind)
  kind!: ChannelKind;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE.' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as DE' })
  country!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be a valid e-mail address' })
  @MaxLength(254)
  contactEmail?: string | null;
}

@InputType()
export class InviteChannelMemberInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  channelId!: string;

  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { nullable: true, description: 'Language of the invitation e-mail.' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: string;
}
