import { Injectable } from '@nestjs/common';
import { Actor, isCurrencyCode, isTimeZone, ProgrammeStatus, Role } from '@sixcan/domain';
import {
  ApplicantIntake,
  AuditLog,
  ConnectionShape,
  DomainError,
  FieldProblem,
  paginate,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { Project } from '../project/project.entity';
import { Programme } from './programme.entity';
import { ProgrammeInput } from './programme.models';

const MOVES: Record<'open' | 'close' | 'archive', { from: ProgrammeStatus[]; to: ProgrammeStatus }> = {
  open: { from: [ProgrammeStatus.DRAFT, ProgrammeStatus.CLOSED], to: ProgrammeStatus.OPEN },
  close: { from: [ProgrammeStatus.OPEN], to: ProgrammeStatus.CLOSED },
  archive: { from: [ProgrammeStatus.CLOSED], to: ProgrammeStatus.ARCHIVED },
};

const text = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** Programmes of an organisation: configuration and the DRAFT → OPEN → CLOSED → ARCHIVED life. */
@Injectable()
export class ProgrammeService extends ApplicantIntake {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
  ) {
    super();
  }

  create(actor: Actor, input: ProgrammeInput): Promise<Programme> {
    return this.tx.run(async (em) => {
      const programme = em.create(Programme, {
        organizationId: actor.organizationId,
        titleZh: null,
        titleEn: null,
        descriptionZh: null,
        descriptionEn: null,
        timeZone: 'Asia/Shanghai',
        sectors: [],
        mandatoryCans: [],
        rubric: [],
        rubricScale: 10,
        handbookSize: 100,
        roadshowSize: 12,
        currency: 'CNY',
        status: ProgrammeStatus.DRAFT,
      });
      apply(programme, input);
      if (!input.opensAt || !input.closesAt)
        throw DomainError.validation('Give the submission window: when it opens and when it closes', [
          ...(input.opensAt ? [] : [{ field: 'input.opensAt', message: 'required' }]),
          ...(input.closesAt ? [] : [{ field: 'input.closesAt', message: 'required' }]),
        ]);
      check(programme);
      const saved = await em.save(programme);
      await this.audit.byActor(
        em,
        actor,
        'programme.created',
        { type: 'Programme', id: saved.id },
        { title: saved.titleEn ?? saved.titleZh },
      );
      return saved;
    });
  }

  update(actor: Actor, id: string, input: ProgrammeInput): Promise<Programme> {
    return this.tx.run(async (em) => {
      const programme = await this.lock(em, actor, id);
      if (programme.status === ProgrammeStatus.ARCHIVED)
        throw DomainError.conflict('This programme is archived and can no longer change');
      const removed = programme.sectors
        .map((s) => s.code)
        .filter((code) => input.sectors && !input.sectors.some((s) => s.code === code));
      if (removed.length) {
        const used = await em.count(Project, { where: { programmeId: id, sectorCode: In(removed) } });
        if (used)
          throw DomainError.validation(
            `Sector ${removed.join(', ')} is used by ${used} project(s): keep it`,
            [{ field: 'input.sectors', message: 'sector in use' }],
          );
      }
      apply(programme, input);
      check(programme);
      const saved = await em.save(programme);
      await this.audit.byActor(
        em,
        actor,
        'programme.updated',
        { type: 'Programme', id: saved.id },
        { fields: Object.keys(input) },
      );
      return saved;
    });
  }

  move(actor: Actor, id: string, action: keyof typeof MOVES): Promise<Programme> {
    return this.tx.run(async (em) => {
      const programme = await this.lock(em, actor, id);
      const move = MOVES[action];
      if (programme.status === move.to) return programme;
      if (!move.from.includes(programme.status))
        throw DomainError.conflict(
          `A ${programme.status.toLowerCase()} programme cannot be ${move.to.toLowerCase()}: it must be ${move.from
            .map((s) => s.toLowerCase())
            .join(' or ')}`,
        );
      if (action === 'open' && !programme.sectors.length)
        throw DomainError.validation('Add at least one sector before opening the call', [
          { field: 'sectors', message: 'required to open' },
        ]);
      const from = programme.status;
      programme.status = move.to;
      const saved = await em.save(programme);
      await this.audit.byActor(
        em,
        actor,
        `programme.${move.to.toLowerCase()}`,
        { type: 'Programme', id: saved.id },
        { from, to: move.to },
      );
      return saved;
    });
  }

  list(
    actor: Actor,
    page: { first: number; after?: string | null },
    status?: ProgrammeStatus | null,
  ): Promise<ConnectionShape<Programme>> {
    return this.tx.run((em) => {
      const qb = em
        .createQueryBuilder(Programme, 'p')
        .where('p.organizationId = :org', { org: actor.organizationId });
      if (status) qb.andWhere('p.status = :status', { status });
      // Only organizers see drafts.
      if (!actor.roles.includes(Role.ORGANIZER)) qb.andWhere("p.status <> 'DRAFT'");
      return paginate(qb, page, [{ expression: 'p.createdAt', property: 'createdAt', direction: 'DESC' }]);
    });
  }

  get(actor: Actor, id: string): Promise<Programme> {
    return this.tx.run((em) => this.visible(em, actor, id));
  }

  /** The programme if the actor may see it; NOT_FOUND otherwise (drafts are the organizers' own). */
  async visible(em: EntityManager, actor: Actor, id: string): Promise<Programme> {
    const programme = isId(id)
      ? await em.findOneBy(Programme, { id, organizationId: actor.organizationId })
      : null;
    if (!programme || (programme.status === ProgrammeStatus.DRAFT && !actor.roles.includes(Role.ORGANIZER)))
      throw DomainError.notFound('Programme');
    return programme;
  }

  /** Open calls across organisations, for the public call page (nearest deadline first). */
  openCalls(): Promise<Programme[]> {
    return this.tx.run((em) =>
      em
        .createQueryBuilder(Programme, 'p')
        .where("p.status = 'OPEN' AND p.closesAt > now()")
        .orderBy('p.closesAt', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .limit(100)
        .getMany(),
    );
  }

  openCall(id: string): Promise<Programme> {
    return this.tx.run(async (em) => {
      const programme = isId(id) ? await em.findOneBy(Programme, { id, status: ProgrammeStatus.OPEN }) : null;
      if (!programme) throw DomainError.notFound('Open call');
      return programme;
    });
  }

  async acceptsApplicants(em: EntityManager, organizationId: string): Promise<boolean> {
    return (
      (await em
        .createQueryBuilder(Programme, 'p')
        .where("p.organizationId = :org AND p.status = 'OPEN' AND p.closesAt > now()", {
          org: organizationId,
        })
        .getCount()) > 0
    );
  }

  private async lock(em: EntityManager, actor: Actor, id: string): Promise<Programme> {
    const programme = isId(id)
      ? await em.findOne(Programme, {
          where: { id, organizationId: actor.organizationId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!programme) throw DomainError.notFound('Programme');
    return programme;
  }
}

export const isId = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

function apply(p: Programme, input: ProgrammeInput): void {
  if (input.title) {
    p.titleZh = text(input.title.zh);
    p.titleEn = text(input.title.en);
  }
  if (input.description) {
    p.descriptionZh = text(input.description.zh);
    p.descriptionEn = text(input.description.en);
  }
  if (input.timeZone !== undefined) p.timeZone = input.timeZone;
  if (input.opensAt) p.opensAt = input.opensAt;
  if (input.closesAt) p.closesAt = input.closesAt;
  if (input.sectors)
    p.sectors = input.sectors.map((s) => ({
      code: s.code,
      nameZh: s.nameZh.trim(),
      nameEn: s.nameEn.trim(),
    }));
  if (input.mandatoryCans) p.mandatoryCans = [...new Set(input.mandatoryCans)];
  if (input.rubric)
    p.rubric = input.rubric.map((c) => ({ ...c, nameZh: c.nameZh.trim(), nameEn: c.nameEn.trim() }));
  if (input.rubricScale !== undefined) p.rubricScale = input.rubricScale;
  if (input.handbookSize !== undefined) p.handbookSize = input.handbookSize;
  if (input.roadshowSize !== undefined) p.roadshowSize = input.roadshowSize;
  if (input.currency !== undefined) p.currency = input.currency;
}

function check(p: Programme): void {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field: `input.${field}`, message });
  if (!p.titleZh && !p.titleEn) add('title', 'a title in Chinese or English is required');
  if (!isTimeZone(p.timeZone)) add('timeZone', `"${p.timeZone}" is not a time zone; use an IANA name`);
  if (!(p.closesAt.getTime() > p.opensAt.getTime())) add('closesAt', 'the call must close after it opens');
  if (new Set(p.sectors.map((s) => s.code)).size !== p.sectors.length)
    add('sectors', 'sector codes must differ');
  if (new Set(p.rubric.map((c) => c.code)).size !== p.rubric.length)
    add('rubric', 'criterion codes must differ');
  if (p.roadshowSize > p.handbookSize) add('roadshowSize', 'the roadshow cannot be larger than the handbook');
  if (!isCurrencyCode(p.currency)) add('currency', `"${p.currency}" is not an ISO 4217 currency code`);
  if (problems.length) throw DomainError.validation(problems.map((x) => x.message).join('; '), problems);
}
