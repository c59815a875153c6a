import { Injectable } from '@nestjs/common';
import { Actor, ProjectStatus } from '@sixcan/domain';
import {
  MemberDirectory,
  RoadshowCatalog,
  RoadshowPresenter,
  RoadshowProgramme,
  RoadshowProject,
} from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { Programme } from '../programme/programme.entity';
import { isId } from '../programme/programme.service';
import { Project } from './project.entity';
import { ProjectNotices } from './project-notices';

const idsOf = (ids: string[]) => [...new Set(ids.filter(isId))];

/** The programmes context's answer to roadshows: programmes, projects, presenters, and the roadshow status. */
@Injectable()
export class ProgrammesRoadshowCatalog extends RoadshowCatalog {
  constructor(
    private readonly notices: ProjectNotices,
    private readonly directory: MemberDirectory,
  ) {
    super();
  }

  async programme(em: EntityManager, organizationId: string, id: string): Promise<RoadshowProgramme | null> {
    const p = isId(id) ? await em.findOneBy(Programme, { id, organizationId }) : null;
    return p ? { id: p.id, title: { zh: p.titleZh, en: p.titleEn }, timeZone: p.timeZone } : null;
  }

  async projects(em: EntityManager, organizationId: string, ids: string[]): Promise<RoadshowProject[]> {
    const valid = idsOf(ids);
    if (!valid.length) return [];
    const rows = await em.find(Project, {
      where: { organizationId, id: In(valid) },
      select: {
        id: true,
        programmeId: true,
        status: true,
        titleZh: true,
        titleEn: true,
        country: true,
        organizationName: true,
        presenterTimeZone: true,
        availability: true,
      },
    });
    return rows.map((p) => ({
      id: p.id,
      programmeId: p.programmeId,
      status: p.status,
      title: { zh: p.titleZh, en: p.titleEn },
      country: p.country,
      organizationName: p.organizationName,
      presenterTimeZone: p.presenterTimeZone,
      availability: (p.availability ?? []).map((w) => ({
        startsAt: new Date(w.startsAt),
        endsAt: new Date(w.endsAt),
      })),
    }));
  }

  async presenters(em: EntityManager, organizationId: string, ids: string[]): Promise<RoadshowPresenter[]> {
    const valid = idsOf(ids);
    if (!valid.length) return [];
    const rows = await em.find(Project, {
      where: { organizationId, id: In(valid) },
      select: { id: true, contactName: true, contactEmail: true, ownerUserId: true, applicantEmail: true },
    });
    const presenters: RoadshowPresenter[] = [];
    for (const p of rows) {
      const ownerEmail = p.ownerUserId ? await this.directory.emailOf(em, p.ownerUserId) : null;
      presenters.push({
        projectId: p.id,
        email: p.contactEmail?.trim().toLowerCase() || ownerEmail || p.applicantEmail,
        name: p.contactName,
        ownerUserId: p.ownerUserId,
      });
    }
    return presenters;
  }

  enterRoadshow(em: EntityManager, actor: Actor, ids: string[], note: string): Promise<string[]> {
    return this.move(em, actor, ids, ProjectStatus.SHORTLISTED, ProjectStatus.IN_ROADSHOW, note);
  }

  leaveRoadshow(em: EntityManager, actor: Actor, ids: string[], note: string): Promise<string[]> {
    return this.move(em, actor, ids, ProjectStatus.IN_ROADSHOW, ProjectStatus.SHORTLISTED, note);
  }

  private async move(
    em: EntityManager,
    actor: Actor,
    ids: string[],
    from: ProjectStatus,
    to: ProjectStatus,
    note: string,
  ): Promise<string[]> {
    const valid = idsOf(ids);
    if (!valid.length) return [];
    const projects = await em.find(Project, {
      where: { organizationId: actor.organizationId, id: In(valid), status: from },
      lock: { mode: 'pessimistic_write' },
      order: { id: 'ASC' },
    });
    for (const project of projects) {
      await em.update(Project, project.id, { status: to, version: () => 'version + 1' });
      project.status = to;
      await this.notices.statusChanged(em, actor, project, from, 'project.roadshow', note);
    }
    return projects.map((p) => p.id);
  }
}
