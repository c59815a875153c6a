import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { ConnectionShape, CurrentActor, LimitAttempts, PageArgs, Public, Roles } from '@sixcan/server-core';
import { inputField } from '../account/account.resolver';
import { toAuthPayload } from '../account/account.mappers';
import { AuthPayloadModel } from '../account/account.models';
import { Invitation } from '../invitation/invitation.entity';
import { Membership } from '../membership/membership.entity';
import { invitationStatus, InvitationsService } from './invitations.service';
import {
  AcceptInvitationInput,
  InviteMemberInput,
  MemberRolesArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
  TokenArgs,
} from './members.inputs';
import {
  InvitationConnection,
  InvitationModel,
  InvitationPreviewModel,
  MemberConnection,
  MemberModel,
} from './members.models';
import { MembersService } from './members.service';
import { PasswordResetService } from './password-reset.service';

const toMember = (m: Membership): MemberModel => ({
  userId: m.userId,
  email: m.user?.email ?? '',
  displayName: m.user?.displayName ?? '',
  roles: m.roles,
  joinedAt: m.createdAt,
});

const toInvitation = (i: Invitation): InvitationModel => ({
  id: i.id,
  email: i.email,
  roles: i.roles,
  status: invitationStatus(i),
  expiresAt: i.expiresAt,
  createdAt: i.createdAt,
});

const mapConnection = <A, B>(c: ConnectionShape<A>, map: (a: A) => B): ConnectionShape<B> => ({
  ...c,
  edges: c.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })),
});

@Resolver()
export class MembersResolver {
  constructor(
    private readonly memberService: MembersService,
    private readonly invitationService: InvitationsService,
    private readonly resets: PasswordResetService,
  ) {}

  @Query(() => MemberConnection)
  @Roles(Role.ORGANIZER)
  async members(@CurrentActor() actor: Actor, @Args() page: PageArgs): Promise<MemberConnection> {
    return mapConnection(await this.memberService.list(actor, page), toMember);
  }

  @Mutation(() => MemberModel)
  @Roles(Role.ORGANIZER)
  async updateMemberRoles(
    @CurrentActor() actor: Actor,
    @Args() { userId, roles }: MemberRolesArgs,
  ): Promise<MemberModel> {
    return toMember(await this.memberService.updateRoles(actor, userId, roles));
  }

  @Mutation(() => Boolean, {
    description: 'Removes the member and ends their sessions in this organisation.',
  })
  @Roles(Role.ORGANIZER)
  async removeMember(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    await this.memberService.remove(actor, userId);
    return true;
  }

  @Query(() => InvitationConnection)
  @Roles(Role.ORGANIZER)
  async invitations(@CurrentActor() actor: Actor, @Args() page: PageArgs): Promise<InvitationConnection> {
    return mapConnection(await this.invitationService.list(actor, page), toInvitation);
  }

  @Mutation(() => InvitationModel, {
    description: 'E-mails a single-use link valid for 7 days; replaces a pending one.',
  })
  @Roles(Role.ORGANIZER)
  async inviteMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteMemberInput,
  ): Promise<InvitationModel> {
    return toInvitation(await this.invitationService.invite(actor, input));
  }

  @Mutation(() => InvitationModel)
  @Roles(Role.ORGANIZER)
  async revokeInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InvitationModel> {
    return toInvitation(await this.invitationService.revoke(actor, id));
  }

  @Query(() => InvitationPreviewModel)
  @Public()
  async invitationPreview(@Args() { token }: TokenArgs): Promise<InvitationPreviewModel> {
    const { invitation, organization, accountExists } = await this.invitationService.preview(token);
    return {
      organizationName: organization.name,
      email: invitation.email,
      roles: invitation.roles,
      expiresAt: invitation.expiresAt,
      accountExists,
    };
  }

  @Mutation(() => AuthPayloadModel)
  @Public()
  @LimitAttempts({
    name: 'invitation',
    windowSeconds: 60,
    perIp: 10,
    perAccount: 5,
    account: (a) => inputField(a, 'token'),
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.invitationService.accept(input));
  }

  @Mutation(() => Boolean, {
    description: 'Always true: the answer never tells whether the e-mail has an account.',
  })
  @Public()
  @LimitAttempts({
    name: 'reset-request',
    windowSeconds: 60,
    perIp: 10,
    perAccount: 3,
    account: (a) => String(a['email'] ?? ''),
  })
  async requestPasswordReset(@Args() { email, locale }: RequestPasswordResetArgs): Promise<boolean> {
    await this.resets.request(email, locale);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password and ends every session of the account.' })
  @Public()
  @LimitAttempts({
    name: 'reset',
    windowSeconds: 60,
    perIp: 10,
    perAccount: 5,
    account: (a) => String(a['token'] ?? ''),
  })
  async resetPassword(@Args() { token, password }: ResetPasswordArgs): Promise<boolean> {
    await this.resets.reset(token, password);
    return true;
  }
}
