import { Injectable } from '@nestjs/common';
import { Actor, isLocale, Locale, ProjectSource, ProjectStatus, Role } from '@sixcan/domain';
import { DomainError, MemberDirectory, Transactions } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { Channel } from '../channel/channel.entity';
import { ChannelService } from '../channel/channel.service';
import { Programme } from '../programme/programme.entity';
import { ProgrammeService } from '../programme/programme.service';
import { checkDuplicate } from './duplicates';
import { applyProjectInput, checkProject, refreshSearchDocument } from './project-fields';
import { Project } from './project.entity';
import { NominationInput } from './project.models';
import { ProjectNotices } from './project-notices';

/** A channel (or an organizer for it) puts a project forward; its applicant is invited to complete it. */
@Injectable()
export class NominationService {
  constructor(
    private readonly tx: Transactions,
    private readonly programmes: ProgrammeService,
    private readonly channels: ChannelService,
    private readonly directory: MemberDirectory,
    private readonly notices: ProjectNotices,
  ) {}

  nominate(actor: Actor, programmeId: string, input: NominationInput): Promise<Project> {
    return this.tx.run(async (em) => {
      const programme = await this.programmes.visible(em, actor, programmeId);
      if (programme.status !== 'OPEN')
        throw DomainError.conflict('Nominations are taken only while the call is open');
      const channel = await this.channelFor(em, actor, input.channelId);
      const project = em.create(Project, {
        organizationId: actor.organizationId,
        programmeId,
        channelId: channel.id,
        ownerUserId: null,
        applicantEmail: input.applicantEmail.trim().toLowerCase(),
        source: ProjectSource.NOMINATION,
        status: ProjectStatus.DRAFT,
        cooperationModes: [],
        availability: [],
        selfAssessment: [],
        attachmentFileIds: [],
      });
      applyProjectInput(project, { ...input.project, attachmentFileIds: undefined });
      checkProject(project, programme, false);
      await checkDuplicate(em, project);
      refreshSearchDocument(project);
      const locale: Locale = input.locale && isLocale(input.locale) ? input.locale : 'en';
      return this.record(em, actor, project, programme, channel, locale);
    });
  }

  /** Saves a nominated project, invites its applicant and tells them (used by batch imports too). */
  async record(
    em: EntityManager,
    actor: Actor,
    project: Project,
    programme: Programme,
    channel: Channel,
    locale: Locale,
  ): Promise<Project> {
    const saved = await em.save(project);
    await this.notices.statusChanged(em, actor, saved, null, 'project.nominated');
    if (saved.applicantEmail) {
      await this.directory.grantOrInvite(em, actor, {
        email: saved.applicantEmail,
        role: Role.APPLICANT,
        locale,
      });
      await this.notices.mail(
        em,
        saved,
        programme,
        'intake.nominated',
        (locale) => ({
          channel:
            (locale === 'en' ? (channel.nameEn ?? channel.nameZh) : (channel.nameZh ?? channel.nameEn)) ?? '',
          deadline: programme.closesAt.toLocaleString(locale, {
            timeZone: programme.timeZone,
            dateStyle: 'long',
            timeStyle: 'long',
          }),
        }),
        locale,
      );
    }
    return saved;
  }

  /** The channel the actor nominates for: the given one, or their only one. */
  async channelFor(em: EntityManager, actor: Actor, channelId?: string | null): Promise<Channel> {
    if (channelId) return this.channels.find(em, actor, channelId);
    const mine = await this.channels.myChannelIds(em, actor);
    if (mine.length === 1) return this.channels.find(em, actor, mine[0] as string);
    throw DomainError.validation(
      actor.roles.includes(Role.ORGANIZER) && !mine.length
        ? 'Choose the channel this nomination comes from'
        : 'You act for several channels: choose one',
      [{ field: 'input.channelId', message: 'required' }],
    );
  }
}
