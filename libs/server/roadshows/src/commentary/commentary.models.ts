import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { COMMENTARY_LIMITS } from '@sixcan/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

@ObjectType('CommentaryEntry', { description: 'One dimension of a critique: a six-can code or INNOVATION.' })
export class CommentaryEntryModel {
  @Field()
  dimension!: string;

  @Field(() => Int, { nullable: true, description: '1–5.' })
  rating!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('Commentary', {
  description: 'A commentator’s critique of a pitch (organizers and its author only).',
})
export class CommentaryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  roadshowId!: string;

  @Field(() => ID)
  slotId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  authorUserId!: string;

  @Field()
  authorName!: string;

  @Field(() => [CommentaryEntryModel])
  entries!: CommentaryEntryModel[];

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;
}

@InputType()
export class CommentaryEntryInput {
  @Field({ description: 'ATTEND, CONVERT, TRANSFER, TRADE, CROSS_BORDER, LAND or INNOVATION.' })
  @IsString()
  @MaxLength(40)
  dimension!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  rating?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(COMMENTARY_LIMITS.note * 2)
  note?: string | null;
}

@InputType()
export class CommentaryInput {
  @Field(() => [CommentaryEntryInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CommentaryEntryInput)
  entries!: CommentaryEntryInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(COMMENTARY_LIMITS.text * 2)
  text?: string | null;
}

@ArgsType()
export class CommentariesArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  roadshowId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  slotId?: string | null;
}
