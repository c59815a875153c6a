import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { LOCALES, Role } from '@sixcan/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { PASSWORD_MIN } from '../account/inputs/account.inputs';

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @ArrayMaxSize(6)
  @IsEnum(Role, { each: true })
  roles!: Role[];

  @Field(() => String, {
    nullable: true,
    description: 'Language of the invitation e-mail (default: the organisation’s).',
  })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field({
    description: `New accounts choose it (at least ${PASSWORD_MIN} characters); existing accounts confirm theirs.`,
  })
  @IsString()
  @MaxLength(200)
  password!: string;

  @Field(() => String, { nullable: true, description: 'Required for a new account.' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}

@ArgsType()
export class MemberRolesArgs {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @ArrayMaxSize(6)
  @IsEnum(Role, { each: true })
  roles!: Role[];
}

@ArgsType()
export class TokenArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  token!: string;
}

@ArgsType()
export class ResetPasswordArgs extends TokenArgs {
  @Field()
  @IsString()
  @Length(PASSWORD_MIN, 200, { message: `password must be ${PASSWORD_MIN} to 200 characters` })
  password!: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: string;
}
