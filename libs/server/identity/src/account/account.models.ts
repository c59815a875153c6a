import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@sixcan/domain';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  defaultLocale!: string;

  @Field()
  timeZone!: string;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field()
  locale!: string;

  @Field()
  timeZone!: string;
}

@ObjectType('OrganizationMembership')
export class MembershipModel {
  @Field(() => OrganizationModel)
  organization!: OrganizationModel;

  @Field(() => [Role])
  roles!: Role[];
}

@ObjectType('Me', {
  description: 'The signed-in user, the organisation the token is for, and all memberships.',
})
export class MeModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => OrganizationModel)
  organization!: OrganizationModel;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => [MembershipModel])
  memberships!: MembershipModel[];
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`; valid for 15 minutes.' })
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Single use: exchange it with refreshSession for a new pair.' })
  refreshToken!: string;

  @Field(() => MeModel)
  me!: MeModel;
}
