import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import { ConnectionShape, paginate, SortKey, Transactions } from '@sixcan/server-core';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ProjectAccess } from './project-access';
import { Project } from './project.entity';
import { ProjectFilter, ProjectOrder } from './project.models';
import { containsPattern, searchTerms } from './search';

const ORDERS: Record<ProjectOrder, SortKey[]> = {
  NEWEST_FIRST: [{ expression: 'p.createdAt', property: 'createdAt', direction: 'DESC' }],
  OLDEST_FIRST: [{ expression: 'p.createdAt', property: 'createdAt', direction: 'ASC' }],
  RECENTLY_UPDATED: [{ expression: 'p.updatedAt', property: 'updatedAt', direction: 'DESC' }],
};

/** Reading projects: one, or a filtered, searched, keyset-paginated list. */
@Injectable()
export class ProjectQueries {
  constructor(
    private readonly tx: Transactions,
    private readonly access: ProjectAccess,
  ) {}

  get(actor: Actor, id: string): Promise<Project> {
    return this.tx.read((em) => this.access.find(em, actor, id));
  }

  /** A foreign or unknown programme gives an empty list, like one without projects. */
  list(
    actor: Actor,
    args: {
      programmeId: string;
      filter?: ProjectFilter | null;
      orderBy: ProjectOrder;
      first: number;
      after?: string | null;
    },
  ): Promise<ConnectionShape<Project>> {
    return this.tx.read(async (em) => {
      const qb = await this.filtered(em, actor, args.programmeId, args.filter);
      return paginate(qb, args, ORDERS[args.orderBy]);
    });
  }

  /** Every project matching the filter (for exports), in list order. */
  async all(
    em: EntityManager,
    actor: Actor,
    programmeId: string,
    filter?: ProjectFilter | null,
  ): Promise<Project[]> {
    const qb = await this.filtered(em, actor, programmeId, filter);
    return qb.orderBy('p.createdAt', 'DESC').addOrderBy('p.id', 'ASC').getMany();
  }

  private async filtered(
    em: EntityManager,
    actor: Actor,
    programmeId: string,
    filter?: ProjectFilter | null,
  ): Promise<SelectQueryBuilder<Project>> {
    const qb = em.createQueryBuilder(Project, 'p').where('p.programmeId = :programmeId', { programmeId });
    await this.access.scope(em, actor, qb, 'p');
    if (filter) applyFilter(qb, filter);
    return qb;
  }
}

export function applyFilter(qb: SelectQueryBuilder<Project>, f: ProjectFilter): void {
  if (f.statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: f.statuses });
  if (f.sectorCodes?.length) qb.andWhere('p.sectorCode IN (:...sectors)', { sectors: f.sectorCodes });
  if (f.countries?.length)
    qb.andWhere('p.country IN (:...countries)', { countries: f.countries.map((c) => c.toUpperCase()) });
  if (f.channelIds?.length) qb.andWhere('p.channelId IN (:...channels)', { channels: f.channelIds });
  if (f.trlMin != null) qb.andWhere('p.trl >= :trlMin', { trlMin: f.trlMin });
  if (f.trlMax != null) qb.andWhere('p.trl <= :trlMax', { trlMax: f.trlMax });
  if (f.cooperationModes?.length)
    qb.andWhere('p.cooperationModes && :modes::text[]', { modes: f.cooperationModes });
  if (f.search?.trim()) {
    searchTerms(f.search).forEach((term, i) =>
      qb.andWhere(`p.searchDocument LIKE :term${i}`, { [`term${i}`]: containsPattern(term) }),
    );
  }
}
