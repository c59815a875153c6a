import { Injectable } from '@nestjs/common';
import { Actor, isCountryCode, isLocale, ProjectStatus, Role } from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  MemberDirectory,
  paginate,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { isId } from '../programme/programme.service';
import { Project } from '../project/project.entity';
import { Channel, ChannelMember } from './channel.entity';
import { ChannelInput, InviteChannelMemberInput } from './channel.models';

export interface ChannelYieldRow {
  channel: Channel;
  nominated: number;
  submitted: number;
  inScreening: number;
  shortlisted: number;
  inRoadshow: number;
  rejected: number;
  withdrawn: number;
}

/** Recommending channels, their members, and what they bring in. */
@Injectable()
export class ChannelService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly directory: MemberDirectory,
  ) {}

  create(actor: Actor, input: ChannelInput): Promise<Channel> {
    return this.tx.run(async (em) => {
      const channel = em.create(Channel, { organizationId: actor.organizationId });
      await this.apply(em, channel, input);
      const saved = await em.save(channel);
      await this.audit.byActor(
        em,
        actor,
        'channel.created',
        { type: 'Channel', id: saved.id },
        { name: saved.nameEn ?? saved.nameZh },
      );
      return saved;
    });
  }

  update(actor: Actor, id: string, input: ChannelInput): Promise<Channel> {
    return this.tx.run(async (em) => {
      const channel = await this.find(em, actor, id, true);
      await this.apply(em, channel, input);
      const saved = await em.save(channel);
      await this.audit.byActor(
        em,
        actor,
        'channel.updated',
        { type: 'Channel', id },
        { name: saved.nameEn ?? saved.nameZh },
      );
      return saved;
    });
  }

  /** Organizers see every channel; a channel member sees their own. */
  list(actor: Actor, page: { first: number; after?: string | null }): Promise<ConnectionShape<Channel>> {
    return this.tx.run(async (em) => {
      const qb = em
        .createQueryBuilder(Channel, 'c')
        .where('c.organizationId = :org', { org: actor.organizationId });
      if (!actor.roles.includes(Role.ORGANIZER)) {
        qb.andWhere('c.id IN (:...mine)', { mine: [...(await this.myChannelIds(em, actor)), NO_ID] });
      }
      return paginate(qb, page, [{ expression: 'c.nameKey', property: 'nameKey', direction: 'ASC' }]);
    });
  }

  /** The channel if the actor is an organizer or one of its members; NOT_FOUND otherwise. */
  async find(em: EntityManager, actor: Actor, id: string, lock = false): Promise<Channel> {
    const channel = isId(id)
      ? await em.findOne(Channel, {
          where: { id, organizationId: actor.organizationId },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!channel) throw DomainError.notFound('Channel');
    if (!actor.roles.includes(Role.ORGANIZER) && !(await this.myChannelIds(em, actor)).includes(id))
      throw DomainError.notFound('Channel');
    return channel;
  }

  inviteMember(actor: Actor, input: InviteChannelMemberInput): Promise<ChannelMember> {
    return this.tx.run(async (em) => {
      const channel = await this.find(em, actor, input.channelId, true);
      const email = input.email.trim().toLowerCase();
      let member = await em.findOneBy(ChannelMember, { channelId: channel.id, email });
      if (!member) {
        member = await em.save(
          em.create(ChannelMember, {
            organizationId: actor.organizationId,
            channelId: channel.id,
            email,
            userId: null,
          }),
        );
      }
      await this.directory.grantOrInvite(em, actor, {
        email,
        role: Role.CHANNEL,
        locale: input.locale && isLocale(input.locale) ? input.locale : 'zh-CN',
      });
      await this.audit.byActor(
        em,
        actor,
        'channel.member_invited',
        { type: 'Channel', id: channel.id },
        { email },
      );
      return member;
    });
  }

  members(actor: Actor, channelId: string): Promise<ChannelMember[]> {
    return this.tx.run(async (em) => {
      await this.find(em, actor, channelId);
      return em.find(ChannelMember, { where: { channelId }, order: { email: 'ASC' } });
    });
  }

  /**
   * Channels the actor acts for. Invited members are matched by e-mail the first time and then bound to
   * their user id.
   */
  async myChannelIds(em: EntityManager, actor: Actor): Promise<string[]> {
    if (!actor.roles.includes(Role.CHANNEL)) return [];
    const email = await this.directory.emailOf(em, actor.userId);
    if (email) {
      await em
        .createQueryBuilder()
        .update(ChannelMember)
        .set({ userId: actor.userId })
        .where('organizationId = :org AND email = :email AND userId IS NULL', {
          org: actor.organizationId,
          email,
        })
        .execute();
    }
    const rows = await em.find(ChannelMember, {
      where: { organizationId: actor.organizationId, userId: actor.userId },
      select: { id: true, channelId: true },
    });
    return rows.map((r) => r.channelId);
  }

  /** Per channel: projects brought into the programme and how far they got. */
  yields(actor: Actor, programmeId: string): Promise<ChannelYieldRow[]> {
    return this.tx.run(async (em) => {
      const qb = em
        .createQueryBuilder(Channel, 'c')
        .innerJoin(Project, 'p', 'p.channelId = c.id AND p.programmeId = :programme', {
          programme: programmeId,
        })
        .select('c.id', 'id')
        .addSelect('count(*)::int', 'nominated')
        .addSelect('count(p.submittedAt)::int', 'submitted')
        .addSelect(
          countIn(ProjectStatus.IN_SCREENING, ProjectStatus.SHORTLISTED, ProjectStatus.IN_ROADSHOW),
          'inScreening',
        )
        .addSelect(countIn(ProjectStatus.SHORTLISTED, ProjectStatus.IN_ROADSHOW), 'shortlisted')
        .addSelect(countIn(ProjectStatus.IN_ROADSHOW), 'inRoadshow')
        .addSelect(countIn(ProjectStatus.REJECTED), 'rejected')
        .addSelect(countIn(ProjectStatus.WITHDRAWN), 'withdrawn')
        .where('c.organizationId = :org', { org: actor.organizationId })
        .groupBy('c.id');
      if (!actor.roles.includes(Role.ORGANIZER))
        qb.andWhere('c.id IN (:...mine)', { mine: [...(await this.myChannelIds(em, actor)), NO_ID] });
      const rows = await qb.getRawMany<Omit<ChannelYieldRow, 'channel'> & { id: string }>();
      const channels = rows.length ? await em.findBy(Channel, { id: In(rows.map((r) => r.id)) }) : [];
      const byId = new Map(channels.map((c) => [c.id, c]));
      return rows
        .map(({ id, ...counts }) => ({ channel: byId.get(id) as Channel, ...counts }))
        .sort((a, b) => b.nominated - a.nominated || a.channel.nameKey.localeCompare(b.channel.nameKey));
    });
  }

  private async apply(em: EntityManager, channel: Channel, input: ChannelInput): Promise<void> {
    const zh = input.name.zh?.trim() || null;
    const en = input.name.en?.trim() || null;
    if (!zh && !en)
      throw DomainError.validation('Give the channel a name in Chinese or English', [
        { field: 'input.name', message: 'required' },
      ]);
    if (!isCountryCode(input.country))
      throw DomainError.validation(`"${input.country}" is not an ISO 3166-1 country code`, [
        { field: 'input.country', message: 'unknown country' },
      ]);
    const nameKey = (en ?? zh ?? '').toLowerCase();
    const clash = await em.findOneBy(Channel, { organizationId: channel.organizationId, nameKey });
    if (clash && clash.id !== channel.id)
      throw DomainError.conflict(`A channel named "${en ?? zh}" already exists`);
    Object.assign(channel, {
      nameZh: zh,
      nameEn: en,
      nameKey,
      kind: input.kind,
      country: input.country,
      contactEmail: input.contactEmail?.trim().toLowerCase() || null,
    });
  }
}

/** A uuid no row has: keeps `IN (…)` valid when the actor has no channel. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';

const countIn = (...statuses: ProjectStatus[]) =>
  `(count(*) FILTER (WHERE p.status IN (${statuses.map((s) => `'${s}'`).join(', ')})))::int`;
