import { Injectable } from '@nestjs/common';
import { Actor, ProjectSource, ProjectStatus, Role, WITHDRAWABLE } from '@sixcan/domain';
import {
  DomainError,
  DomainEvents,
  DomainEventType,
  ErrorCode,
  FileAccess,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { Programme } from '../programme/programme.entity';
import { acceptingSubmissions } from '../programme/programme.models';
import { ProgrammeService } from '../programme/programme.service';
import { applyProjectInput, checkProject, refreshSearchDocument } from './project-fields';
import { ProjectAccess } from './project-access';
import { Project } from './project.entity';
import { ProjectInput, toProjectModel } from './project.models';
import { ProjectNotices } from './project-notices';

/** An applicant's (or organizer's) life of a project: draft, edit, submit inside the window, withdraw. */
@Injectable()
export class ProjectService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: ProjectAccess,
    private readonly programmes: ProgrammeService,
    private readonly notices: ProjectNotices,
    private readonly events: DomainEvents,
    private readonly files: FileAccess,
  ) {}

  create(actor: Actor, programmeId: string, input: ProjectInput): Promise<Project> {
    return this.tx.run(async (em) => {
      const programme = await this.programmes.visible(em, actor, programmeId);
      if (!acceptingSubmissions(programme) && !actor.roles.includes(Role.ORGANIZER))
        throw windowClosed(programme);
      const isApplicant = actor.roles.includes(Role.APPLICANT) && !actor.roles.includes(Role.ORGANIZER);
      const project = em.create(Project, {
        organizationId: actor.organizationId,
        programmeId,
        channelId: null,
        ownerUserId: isApplicant ? actor.userId : null,
        applicantEmail: isApplicant ? await this.notices.emailOf(em, actor.userId) : null,
        source: ProjectSource.APPLICANT,
        status: ProjectStatus.DRAFT,
        cooperationModes: [],
        availability: [],
        selfAssessment: [],
        attachmentFileIds: [],
      });
      applyProjectInput(project, input);
      await this.checkAll(em, actor, project, programme, false);
      const saved = await em.save(project);
      await this.notices.statusChanged(em, actor, saved, null, 'project.created');
      return saved;
    });
  }

  update(actor: Actor, id: string, input: ProjectInput, expectedVersion?: number | null): Promise<Project> {
    return this.tx.run(async (em) => {
      const project = await this.editable(em, actor, id, expectedVersion);
      const programme = await em.findOneByOrFail(Programme, { id: project.programmeId });
      const isOrganizer = actor.roles.includes(Role.ORGANIZER);
      if (!isOrganizer && project.status !== ProjectStatus.DRAFT) {
        if (project.status !== ProjectStatus.SUBMITTED || !acceptingSubmissions(programme))
          throw DomainError.conflict('A submitted project can be edited only until the call closes');
      }
      applyProjectInput(project, input);
      await this.checkAll(em, actor, project, programme, project.status !== ProjectStatus.DRAFT);
      const saved = await em.save(project);
      await this.notices.audit(em, actor, saved, 'project.updated', { fields: Object.keys(input) });
      return saved;
    });
  }

  submit(actor: Actor, id: string): Promise<Project> {
    return this.tx.run(async (em) => {
      const project = await this.editable(em, actor, id);
      if (project.status === ProjectStatus.SUBMITTED) return project;
      if (project.status !== ProjectStatus.DRAFT)
        throw DomainError.conflict(`A ${project.status.toLowerCase()} project cannot be submitted`);
      const programme = await em.findOneByOrFail(Programme, { id: project.programmeId });
      if (!acceptingSubmissions(programme)) throw windowClosed(programme);
      await this.checkAll(em, actor, project, programme, true);
      project.status = ProjectStatus.SUBMITTED;
      project.submittedAt = new Date();
      const saved = await em.save(project);
      await this.notices.statusChanged(em, actor, saved, ProjectStatus.DRAFT, 'project.submitted');
      await this.events.emit(em, {
        organizationId: saved.organizationId,
        programmeId: saved.programmeId,
        type: DomainEventType.PROJECT_SUBMITTED,
        objectType: 'Project',
        objectId: saved.id,
        actorUserId: actor.userId,
        data: toProjectModel(saved),
      });
      await this.notices.mail(em, saved, programme, 'intake.submitted');
      return saved;
    });
  }

  withdraw(actor: Actor, id: string, reason?: string | null): Promise<Project> {
    return this.tx.run(async (em) => {
      if (reason && reason.length > 1000)
        throw DomainError.validation('Keep the reason under 1,000 characters', [
          { field: 'reason', message: 'too long' },
        ]);
      const project = await this.editable(em, actor, id);
      if (project.status === ProjectStatus.WITHDRAWN) return project;
      if (!WITHDRAWABLE.includes(project.status))
        throw DomainError.conflict('After a final decision a project can no longer be withdrawn');
      const from = project.status;
      project.status = ProjectStatus.WITHDRAWN;
      const saved = await em.save(project);
      await this.notices.statusChanged(em, actor, saved, from, 'project.withdrawn', reason?.trim() || null);
      const programme = await em.findOneByOrFail(Programme, { id: project.programmeId });
      await this.notices.mail(em, saved, programme, 'intake.withdrawn');
      return saved;
    });
  }

  private async editable(em: EntityManager, actor: Actor, id: string, expectedVersion?: number | null) {
    const project = await this.access.find(em, actor, id, true);
    if (!this.access.canEdit(actor, project))
      throw DomainError.forbidden('Only the applicant or an organizer can change this project');
    if (expectedVersion != null && expectedVersion !== project.version)
      throw new DomainError(
        ErrorCode.CONFLICT,
        'Someone changed this project after you opened it: reload it and apply your change again',
        { reason: 'STALE_VERSION' },
      );
    return project;
  }

  private async checkAll(
    em: EntityManager,
    actor: Actor,
    project: Project,
    programme: Programme,
    submit: boolean,
  ) {
    checkProject(project, programme, submit);
    if (project.attachmentFileIds.length) {
      // Only files the actor may read already (their uploads, the project's own attachments): attaching an id
      // must not be a way to read someone else's file.
      const readable = await this.files.readable(em, actor, project.attachmentFileIds);
      if (project.attachmentFileIds.some((id) => !readable.has(id)))
        throw DomainError.validation('An attachment was not found: upload it again', [
          { field: 'input.attachmentFileIds', message: 'unknown file' },
        ]);
    }
    refreshSearchDocument(project);
  }
}

function windowClosed(programme: Programme): DomainError {
  const notYet = programme.status === 'OPEN' && Date.now() < programme.opensAt.getTime();
  return new DomainError(
    ErrorCode.CONFLICT,
    notYet
      ? `Submissions open on ${programme.opensAt.toISOString()}`
      : 'This call is not accepting submissions: its window has closed',
    {
      reason: notYet ? 'WINDOW_NOT_OPEN' : 'WINDOW_CLOSED',
      opensAt: programme.opensAt,
      closesAt: programme.closesAt,
    },
  );
}
