import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ProgrammeStatus, SixCan } from '@sixcan/domain';
import { Connection } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  LocalizedText,
  LocalizedTextInput,
  RubricCriterionInput,
  RubricCriterionModel,
  SectorInput,
  SectorModel,
} from '../graphql-types';
import { Programme } from './programme.entity';

@ObjectType('Programme')
export class ProgrammeModel {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field({ description: 'IANA zone of the organising bureau.' })
  timeZone!: string;

  @Field()
  opensAt!: Date;

  @Field({ description: 'Submission deadline (an instant; show it in the viewer’s own zone).' })
  closesAt!: Date;

  @Field(() => [SectorModel])
  sectors!: SectorModel[];

  @Field(() => [SixCan])
  mandatoryCans!: SixCan[];

  @Field(() => [RubricCriterionModel])
  rubric!: RubricCriterionModel[];

  @Field(() => Int)
  rubricScale!: number;

  @Field(() => Int)
  handbookSize!: number;

  @Field(() => Int)
  roadshowSize!: number;

  @Field()
  currency!: string;

  @Field(() => ProgrammeStatus)
  status!: ProgrammeStatus;

  @Field({ description: 'True while the programme is open and inside its submission window.' })
  acceptingSubmissions!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class ProgrammeConnection extends Connection(ProgrammeModel, 'Programme') {}

@ObjectType('OpenCall', { description: 'A programme as the public call page shows it.' })
export class OpenCallModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  organizationName!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field()
  timeZone!: string;

  @Field()
  opensAt!: Date;

  @Field()
  closesAt!: Date;

  @Field(() => [SectorModel])
  sectors!: SectorModel[];

  @Field(() => [SixCan])
  mandatoryCans!: SixCan[];

  @Field()
  acceptingSubmissions!: boolean;
}

export function acceptingSubmissions(p: Programme, now = Date.now()): boolean {
  return p.status === ProgrammeStatus.OPEN && p.opensAt.getTime() <= now && now < p.closesAt.getTime();
}

export const toProgrammeModel = (p: Programme): ProgrammeModel => ({
  id: p.id,
  title: { zh: p.titleZh, en: p.titleEn },
  description: { zh: p.descriptionZh, en: p.descriptionEn },
  timeZone: p.timeZone,
  opensAt: p.opensAt,
  closesAt: p.closesAt,
  sectors: p.sectors,
  mandatoryCans: p.mandatoryCans,
  rubric: p.rubric,
  rubricScale: p.rubricScale,
  handbookSize: p.handbookSize,
  roadshowSize: p.roadshowSize,
  currency: p.currency,
  status: p.status,
  acceptingSubmissions: acceptingSubmissions(p),
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

/** Fields of a programme; every one optional so the same input serves create (checked) and update. */
@InputType()
export class ProgrammeInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title?: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput;

  @Field({ nullable: true, description: 'IANA zone, e.g. Asia/Shanghai.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  opensAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  closesAt?: Date;

  @Field(() => [SectorInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SectorInput)
  sectors?: SectorInput[];

  @Field(() => [SixCan], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(SixCan, { each: true })
  mandatoryCans?: SixCan[];

  @Field(() => [RubricCriterionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  rubric?: RubricCriterionInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(100)
  rubricScale?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  handbookSize?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  roadshowSize?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as CNY' })
  currency?: string;
}
