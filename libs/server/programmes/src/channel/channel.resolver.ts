import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, PageArgs, Roles } from '@sixcan/server-core';
import { mapConnection } from '../mappers';
import {
  ChannelConnection,
  ChannelInput,
  ChannelMemberModel,
  ChannelModel,
  ChannelYieldModel,
  InviteChannelMemberInput,
  toChannelMember,
  toChannelModel,
} from './channel.models';
import { ChannelService } from './channel.service';

@Resolver(() => ChannelModel)
export class ChannelResolver {
  constructor(private readonly channelService: ChannelService) {}

  @Mutation(() => ChannelModel)
  @Roles(Role.ORGANIZER)
  async createChannel(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChannelInput,
  ): Promise<ChannelModel> {
    return toChannelModel(await this.channelService.create(actor, input));
  }

  @Mutation(() => ChannelModel)
  @Roles(Role.ORGANIZER)
  async updateChannel(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ChannelInput,
  ): Promise<ChannelModel> {
    return toChannelModel(await this.channelService.update(actor, id, input));
  }

  @Query(() => ChannelConnection, { description: 'Organizers see every channel; channel members their own.' })
  @Roles(Role.ORGANIZER, Role.CHANNEL)
  async channels(@CurrentActor() actor: Actor, @Args() page: PageArgs): Promise<ChannelConnection> {
    return mapConnection(await this.channelService.list(actor, page), toChannelModel);
  }

  @Mutation(() => ChannelMemberModel, {
    description: 'Adds a person to the channel and invites them with the CHANNEL role (or grants it).',
  })
  @Roles(Role.ORGANIZER)
  async inviteChannelMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteChannelMemberInput,
  ): Promise<ChannelMemberModel> {
    return toChannelMember(await this.channelService.inviteMember(actor, input));
  }

  @Query(() => [ChannelYieldModel], {
    description: 'Per channel: projects brought into the programme and how far they got.',
  })
  @Roles(Role.ORGANIZER, Role.CHANNEL)
  async channelYields(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ): Promise<ChannelYieldModel[]> {
    const rows = await this.channelService.yields(actor, programmeId);
    return rows.map((r) => ({ ...r, channel: toChannelModel(r.channel) }));
  }

  @ResolveField(() => [ChannelMemberModel])
  async members(
    @CurrentActor() actor: Actor,
    @Parent() channel: ChannelModel,
  ): Promise<ChannelMemberModel[]> {
    return (await this.channelService.members(actor, channel.id)).map(toChannelMember);
  }
}
