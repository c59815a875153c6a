import { Injectable } from '@nestjs/common';
import { Actor, ProjectStatus } from '@sixcan/domain';
import {
  MailTemplate,
  ProjectMove,
  ScreeningIntake,
  ScreeningProgramme,
  ScreeningProject,
  ScreeningProjectDetails,
} from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { Channel } from '../channel/channel.entity';
import { isId } from '../programme/programme.service';
import { Programme } from '../programme/programme.entity';
import { Project } from './project.entity';
import { ProjectAccess } from './project-access';
import { ProjectNotices } from './project-notices';

/** Statuses screening may move a project out of: a withdrawn or already decided project stays as it is. */
const MOVABLE: readonly ProjectStatus[] = [ProjectStatus.SUBMITTED, ProjectStatus.IN_SCREENING];

const NOTICE_TEMPLATE: Record<NonNullable<ProjectMove['notice']>, MailTemplate> = {
  ADVANCED: 'screening.advanced',
  SHORTLISTED: 'screening.shortlisted',
  NOT_SELECTED: 'screening.not_selected',
};

const domainOf = (email: string | null | undefined): string | null => {
  const at = email?.lastIndexOf('@') ?? -1;
  return email && at >= 0
    ? email
        .slice(at + 1)
        .trim()
        .toLowerCase() || null
    : null;
};

/** The programmes context's answer to screening: programme settings, projects, and status moves. */
@Injectable()
export class ProgrammesScreeningIntake extends ScreeningIntake {
  constructor(
    private readonly notices: ProjectNotices,
    private readonly access: ProjectAccess,
  ) {
    super();
  }

  async visibleTo(em: EntityManager, actor: Actor, projectId: string): Promise<boolean> {
    return this.access.find(em, actor, projectId).then(
      () => true,
      () => false,
    );
  }

  async programme(em: EntityManager, organizationId: string, id: string): Promise<ScreeningProgramme | null> {
    const p = isId(id) ? await em.findOneBy(Programme, { id, organizationId }) : null;
    return p ? toScreeningProgramme(p) : null;
  }

  projects(
    em: EntityManager,
    organizationId: string,
    programmeId: string,
    filter: { statuses?: ProjectStatus[]; ids?: string[] },
  ): Promise<ScreeningProject[]> {
    return screeningProjects(em, organizationId, programmeId, filter);
  }

  async withAttachment(em: EntityManager, organizationId: string, fileId: string): Promise<string[]> {
    const rows = await em
      .createQueryBuilder(Project, 'p')
      .select('p.id', 'id')
      .where('p.organizationId = :org AND :file = ANY(p.attachmentFileIds)', {
        org: organizationId,
        file: fileId,
      })
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  async details(
    em: EntityManager,
    organizationId: string,
    ids: string[],
  ): Promise<ScreeningProjectDetails[]> {
    const valid = ids.filter(isId);
    if (!valid.length) return [];
    const rows = await em.findBy(Project, { organizationId, id: In(valid) });
    return rows.map((p) => ({
      id: p.id,
      programmeId: p.programmeId,
      title: { zh: p.titleZh, en: p.titleEn },
      summary: { zh: p.summaryZh, en: p.summaryEn },
      sectorCode: p.sectorCode,
      country: p.country,
      organizationName: p.organizationName,
      trl: p.trl,
      ipStatus: p.ipStatus,
      cooperationModes: p.cooperationModes,
      fundingAmountMinor: p.fundingAmountMinor,
      fundingCurrency: p.fundingCurrency,
      team: p.team,
      presenterTimeZone: p.presenterTimeZone,
      availability: p.availability,
      selfAssessment: p.selfAssessment,
      attachmentFileIds: p.attachmentFileIds,
    }));
  }

  async move(
    em: EntityManager,
    actor: Actor | null,
    organizationId: string,
    moves: ProjectMove[],
  ): Promise<string[]> {
    if (!moves.length) return [];
    const projects = await em.find(Project, {
      where: { organizationId, id: In(moves.map((m) => m.projectId)) },
      lock: { mode: 'pessimistic_write' },
      order: { id: 'ASC' },
    });
    const byId = new Map(projects.map((p) => [p.id, p]));
    const programmes = new Map<string, Programme>();
    const moved: string[] = [];
    for (const move of moves) {
      const project = byId.get(move.projectId);
      if (!project || !MOVABLE.includes(project.status)) continue;
      const from = project.status;
      if (from !== move.to) {
        project.status = move.to;
        await em.update(Project, project.id, { status: move.to, version: () => 'version + 1' });
        await this.notices.statusChanged(em, actor, project, from, 'project.screened', move.note);
      }
      moved.push(project.id);
      if (!move.notice) continue;
      let programme = programmes.get(project.programmeId);
      if (!programme) {
        programme = await em.findOneByOrFail(Programme, { id: project.programmeId });
        programmes.set(programme.id, programme);
      }
      await this.notices.mail(em, project, programme, NOTICE_TEMPLATE[move.notice], {
        round: String(move.roundOrdinal ?? ''),
      });
    }
    return moved;
  }
}

export const toScreeningProgramme = (p: Programme): ScreeningProgramme => ({
  id: p.id,
  organizationId: p.organizationId,
  status: p.status,
  title: { zh: p.titleZh, en: p.titleEn },
  timeZone: p.timeZone,
  mandatoryCans: p.mandatoryCans,
  rubric: p.rubric,
  rubricScale: p.rubricScale,
  sectors: p.sectors,
});

/** Projects of a programme as screening sees them, in submission order. */
export async function screeningProjects(
  em: EntityManager,
  organizationId: string,
  programmeId: string,
  filter: { statuses?: ProjectStatus[]; ids?: string[] },
): Promise<ScreeningProject[]> {
  if (filter.ids && !filter.ids.length) return [];
  const qb = em
    .createQueryBuilder(Project, 'p')
    .select([
      'p.id',
      'p.programmeId',
      'p.status',
      'p.titleZh',
      'p.titleEn',
      'p.summaryZh',
      'p.summaryEn',
      'p.sectorCode',
      'p.country',
      'p.organizationName',
      'p.contactEmail',
      'p.channelId',
      'p.submittedAt',
      'p.createdAt',
    ])
    .where('p.organizationId = :org AND p.programmeId = :programmeId', {
      org: organizationId,
      programmeId,
    });
  if (filter.statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.ids) qb.andWhere('p.id = ANY(:ids)', { ids: filter.ids });
  const rows = await qb
    .orderBy('p.submittedAt', 'ASC', 'NULLS LAST')
    .addOrderBy('p.createdAt', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .getMany();
  const channelIds = [...new Set(rows.flatMap((r) => (r.channelId ? [r.channelId] : [])))];
  const channels = channelIds.length ? await em.findBy(Channel, { id: In(channelIds) }) : [];
  const byId = new Map(channels.map((c) => [c.id, c]));
  return rows.map((p) => {
    const channel = p.channelId ? byId.get(p.channelId) : undefined;
    const languages: ('zh' | 'en')[] = [];
    if (p.titleZh || p.summaryZh) languages.push('zh');
    if (p.titleEn || p.summaryEn) languages.push('en');
    return {
      id: p.id,
      programmeId: p.programmeId,
      status: p.status,
      title: { zh: p.titleZh, en: p.titleEn },
      sectorCode: p.sectorCode,
      country: p.country,
      organizationName: p.organizationName,
      contactEmailDomain: domainOf(p.contactEmail),
      channelNames: channel ? [channel.nameZh, channel.nameEn].filter((n): n is string => !!n) : [],
      channelDomain: domainOf(channel?.contactEmail),
      languages,
      submittedAt: p.submittedAt,
    };
  });
}
