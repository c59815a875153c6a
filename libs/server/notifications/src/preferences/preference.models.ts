import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { NotificationCategory } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, ValidateNested } from 'class-validator';
import '../graphql-enums';

@ObjectType('EmailPreference', {
  description:
    'Whether the signed-in user gets the e-mails of a category (in-app notifications always stay).',
})
export class EmailPreferenceModel {
  @Field(() => NotificationCategory)
  category!: NotificationCategory;

  @Field({ description: 'E-mails of this category are sent.' })
  emailEnabled!: boolean;

  @Field({ description: 'Cannot be turned off (SECURITY).' })
  mandatory!: boolean;
}

@InputType()
export class EmailPreferenceInput {
  @Field(() => NotificationCategory)
  @IsEnum(NotificationCategory)
  category!: NotificationCategory;

  @Field()
  @IsBoolean()
  emailEnabled!: boolean;
}

@InputType()
export class UpdateEmailPreferencesInput {
  @Field(() => [EmailPreferenceInput], {
    description: 'The categories to change; the others stay as they are.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EmailPreferenceInput)
  preferences!: EmailPreferenceInput[];
}
