import { ProgrammeStatus, ProjectSource, ProjectStatus } from '@sixcan/domain';
import { ScreeningProgramme, ScreeningProject } from '@sixcan/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { Channel, ChannelMember } from './channel/channel.entity';
import { Programme } from './programme/programme.entity';
import { projectFromFields } from './project/project-fields';
import { Project, ProjectStatusChange } from './project/project.entity';
import { screeningProjects, toScreeningProgramme } from './project/screening-intake';
import { REFERENCE_PROGRAMME, referenceChannels, referenceProjects } from './reference';

const DAY = 86400_000;

export interface IntakeSeedOptions {
  organizationId: string;
  /** Demo users: the channel member acts for the first channel; the applicant owns a draft and a submission. */
  channelEmail?: string;
  applicantEmail?: string;
  now?: Date;
}

/**
 * The reference intake (2,400 projects from 30+ countries through 40 channels) in an open programme whose
 * window runs from 60 days ago to 30 days ahead. Idempotent: an organisation that has the programme is left alone.
 */
export async function seedIntake(ds: DataSource, options: IntakeSeedOptions): Promise<string> {
  const now = options.now ?? new Date();
  return ds.transaction(async (em) => {
    const ref = REFERENCE_PROGRAMME;
    if (await em.existsBy(Programme, { organizationId: options.organizationId, titleEn: ref.titleEn }))
      return 'already there';
    const opensAt = new Date(now.getTime() - 60 * DAY);
    const programme = await em.save(
      em.create(Programme, {
        organizationId: options.organizationId,
        titleZh: ref.titleZh,
        titleEn: ref.titleEn,
        descriptionZh: ref.descriptionZh,
        descriptionEn: ref.descriptionEn,
        timeZone: ref.timeZone,
        opensAt,
        closesAt: new Date(now.getTime() + 30 * DAY),
        sectors: [...ref.sectors],
        mandatoryCans: [...ref.mandatoryCans],
        rubric: [...ref.rubric],
        rubricScale: ref.rubricScale,
        handbookSize: ref.handbookSize,
        roadshowSize: ref.roadshowSize,
        currency: ref.currency,
        status: ProgrammeStatus.OPEN,
      }),
    );
    const channelIds = await seedChannels(em, options);
    const reference = referenceProjects(2400);
    // Reference submission dates are spread over the real call; move them into the demo's window so far.
    const times = reference.flatMap((p) => (p.submittedAt ? [p.submittedAt.getTime()] : []));
    const [first, last] = [Math.min(...times), Math.max(...times)];
    const shift = (d: Date) =>
      new Date(opensAt.getTime() + ((d.getTime() - first) / (last - first || 1)) * 59 * DAY);
    const projects = reference.map((p, i) =>
      projectFromFields(p.fields, {
        organizationId: options.organizationId,
        programmeId: programme.id,
        channelId: p.channelKey ? (channelIds.get(p.channelKey) ?? null) : null,
        applicantEmail:
          options.applicantEmail && i < 2 ? options.applicantEmail : p.applicantEmail.toLowerCase(),
        source: p.channelKey ? ProjectSource.NOMINATION : ProjectSource.APPLICANT,
        status: p.status,
        submittedAt: p.submittedAt ? shift(p.submittedAt) : null,
      }),
    );
    for (let i = 0; i < projects.length; i += 500) {
      const chunk = projects.slice(i, i + 500);
      const ids = (await em.insert(Project, chunk)).identifiers.map((x) => x['id'] as string);
      await em.insert(
        ProjectStatusChange,
        chunk.flatMap((p, j) => history(p, ids[j] as string)),
      );
    }
    return `1 programme, ${channelIds.size} channels, ${projects.length} projects`;
  });
}

async function seedChannels(em: EntityManager, options: IntakeSeedOptions): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const c of referenceChannels(40)) {
    const channel = await em.save(
      em.create(Channel, {
        organizationId: options.organizationId,
        nameZh: c.nameZh,
        nameEn: c.nameEn,
        nameKey: c.nameEn.toLowerCase(),
        kind: c.kind,
        country: c.country,
        contactEmail: c.contactEmail,
      }),
    );
    ids.set(c.key, channel.id);
    if (options.channelEmail && ids.size === 1)
      await em.insert(ChannelMember, {
        organizationId: options.organizationId,
        channelId: channel.id,
        email: options.channelEmail.toLowerCase(),
        userId: null,
      });
  }
  return ids;
}

/** The status changes that led to the project's current status. */
function history(p: Project, projectId: string): Partial<ProjectStatusChange>[] {
  const base = { organizationId: p.organizationId, projectId, actorUserId: null, note: 'demo data' };
  const steps: Partial<ProjectStatusChange>[] = [
    { ...base, fromStatus: null, toStatus: ProjectStatus.DRAFT },
  ];
  if (p.submittedAt)
    steps.push({ ...base, fromStatus: ProjectStatus.DRAFT, toStatus: ProjectStatus.SUBMITTED });
  if (p.status === ProjectStatus.WITHDRAWN)
    steps.push({ ...base, fromStatus: ProjectStatus.SUBMITTED, toStatus: ProjectStatus.WITHDRAWN });
  return steps;
}

/** The reference programme of an organisation as screening sees it, with its projects (for the screening seed). */
export async function screeningSeedInput(
  ds: DataSource,
  organizationId: string,
): Promise<{ programme: ScreeningProgramme; projects: ScreeningProject[] } | null> {
  const programme = await ds.manager.findOneBy(Programme, {
    organizationId,
    titleEn: REFERENCE_PROGRAMME.titleEn,
  });
  if (!programme) return null;
  return {
    programme: toScreeningProgramme(programme),
    projects: await screeningProjects(ds.manager, organizationId, programme.id, {}),
  };
}

/** Applies seeded screening moves in bulk: each a status change with its time; the last one per project stands. */
export async function applySeededMoves(
  ds: DataSource,
  organizationId: string,
  moves: { projectId: string; from: ProjectStatus; to: ProjectStatus; note: string; at: Date }[],
): Promise<void> {
  if (!moves.length) return;
  await ds.transaction(async (em) => {
    for (let i = 0; i < moves.length; i += 1000) {
      const chunk = moves.slice(i, i + 1000);
      await em.insert(
        ProjectStatusChange,
        chunk.map((m) => ({
          organizationId,
          projectId: m.projectId,
          fromStatus: m.from,
          toStatus: m.to,
          actorUserId: null,
          note: m.note,
          createdAt: m.at,
        })),
      );
    }
    const last = new Map(moves.map((m) => [m.projectId, m.to]));
    await em.query(
      `UPDATE project p SET status = x.status, version = p.version + 1
         FROM unnest($2::uuid[], $3::text[]) AS x(id, status)
        WHERE p.organization_id = $1 AND p.id = x.id`,
      [organizationId, [...last.keys()], [...last.values()]],
    );
  });
}
