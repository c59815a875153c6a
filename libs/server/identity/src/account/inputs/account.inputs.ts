import { Field, ID, InputType } from '@nestjs/graphql';
import { LOCALES } from '@sixcan/domain';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export const PASSWORD_MIN = 10;

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: `At least ${PASSWORD_MIN} characters.` })
  @IsString()
  @Length(PASSWORD_MIN, 200, { message: `password must be ${PASSWORD_MIN} to 200 characters` })
  password!: string;

  @Field()
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName!: string;

  @Field({ description: 'The new organisation this account will run.' })
  @IsString()
  @Length(2, 200, { message: 'organizationName must be 2 to 200 characters' })
  organizationName!: string;

  @Field(() => String, { defaultValue: 'zh-CN' })
  @IsIn(LOCALES)
  locale = 'zh-CN';

  @Field(() => String, { defaultValue: 'Asia/Shanghai', description: 'IANA time zone, e.g. Europe/Berlin.' })
  @IsString()
  @MaxLength(64)
  timeZone = 'Asia/Shanghai';
}

/** An applicant signing up through an organisation's public call for projects. */
@InputType()
export class ApplicantSignUpInput {
  @Field(() => ID, { description: 'The organisation running the call (from the public call page).' })
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId!: string;

  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: `At least ${PASSWORD_MIN} characters.` })
  @IsString()
  @Length(PASSWORD_MIN, 200, { message: `password must be ${PASSWORD_MIN} to 200 characters` })
  password!: string;

  @Field()
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName!: string;

  @Field(() => String, { defaultValue: 'en' })
  @IsIn(LOCALES)
  locale = 'en';

  @Field(() => String, { defaultValue: 'UTC', description: 'IANA time zone, e.g. Europe/Berlin.' })
  @IsString()
  @MaxLength(64)
  timeZone = 'UTC';
}

@InputType()
export class LogInInput {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password!: string;

  @Field(() => ID, { nullable: true, description: 'Open this organisation (default: the last one used).' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}
