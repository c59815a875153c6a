import { Injectable } from '@nestjs/common';
import { Actor, Locale, ProjectStatus } from '@sixcan/domain';
import { AppConfig, AuditLog, MailService, MailTemplate, MemberDirectory } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { Programme } from '../programme/programme.entity';
import { Project, ProjectStatusChange } from './project.entity';

/** The trail of a project: status changes, audit events and the e-mails the applicant gets. */
@Injectable()
export class ProjectNotices {
  constructor(
    private readonly audits: AuditLog,
    private readonly mails: MailService,
    private readonly directory: MemberDirectory,
    private readonly config: AppConfig,
  ) {}

  emailOf(em: EntityManager, userId: string): Promise<string | null> {
    return this.directory.emailOf(em, userId);
  }

  async statusChanged(
    em: EntityManager,
    actor: Actor | null,
    project: Project,
    from: ProjectStatus | null,
    action: string,
    note: string | null = null,
  ): Promise<void> {
    await em.insert(ProjectStatusChange, {
      organizationId: project.organizationId,
      projectId: project.id,
      fromStatus: from,
      toStatus: project.status,
      actorUserId: actor?.userId ?? null,
      note,
    });
    await this.audit(em, actor, project, action, { from, to: project.status, ...(note ? { note } : {}) });
  }

  audit(
    em: EntityManager,
    actor: Actor | null,
    project: Project,
    action: string,
    summary: Record<string, unknown>,
  ) {
    return this.audits.record(em, {
      organizationId: project.organizationId,
      actorUserId: actor?.userId ?? null,
      action,
      objectType: 'Project',
      objectId: project.id,
      summary,
    });
  }

  /**
   * E-mails the applicant (the owner, else the invited address) in their language. `extra` params that
   * depend on the language are given as a function of it.
   */
  async mail(
    em: EntityManager,
    project: Project,
    programme: Programme,
    template: MailTemplate,
    extra: Record<string, string> | ((locale: Locale) => Record<string, string>) = {},
    fallbackLocale: Locale = 'zh-CN',
  ): Promise<void> {
    const owner = project.ownerUserId ? await this.directory.profileOf(em, project.ownerUserId) : null;
    const to =
      (project.ownerUserId && (await this.directory.emailOf(em, project.ownerUserId))) ||
      project.applicantEmail;
    if (!to) return;
    const locale = owner?.locale ?? fallbackLocale;
    const paramsFor = (locale: Locale) => {
      const pick = (zh: string | null, en: string | null) =>
        (locale === 'en' ? (en ?? zh) : (zh ?? en)) ?? '';
      return {
        name: owner?.displayName ?? to,
        title: pick(project.titleZh, project.titleEn),
        programme: pick(programme.titleZh, programme.titleEn),
        link: new URL(`/projects/${project.id}`, this.config.env.PUBLIC_URL).toString(),
        ...(typeof extra === 'function' ? extra(locale) : extra),
      };
    };
    await this.mails.queue(em, {
      to,
      template,
      locale,
      params: paramsFor(locale),
      organizationId: project.organizationId,
      userId: project.ownerUserId,
      subject: { type: 'Project', id: project.id },
      paramsFor,
    });
  }
}
