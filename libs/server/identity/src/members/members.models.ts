import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@sixcan/domain';
import { Connection } from '@sixcan/server-core';

@ObjectType('Member')
export class MemberModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field()
  joinedAt!: Date;
}

@ObjectType()
export class MemberConnection extends Connection(MemberModel, 'Member') {}

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field()
  expiresAt!: Date;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class InvitationConnection extends Connection(InvitationModel, 'Invitation') {}

@ObjectType('InvitationPreview', {
  description: 'What the holder of an invitation link may see before accepting.',
})
export class InvitationPreviewModel {
  @Field()
  organizationName!: string;

  @Field()
  email!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field()
  expiresAt!: Date;

  @Field({ description: 'True when the e-mail already has an account: accept with its password.' })
  accountExists!: boolean;
}
