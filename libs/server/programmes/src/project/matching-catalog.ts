import { Injectable } from '@nestjs/common';
import { Bilingual, ProjectStatus } from '@sixcan/domain';
import {
  ConnectionShape,
  decodeCursor,
  DomainError,
  encodeCursor,
  MatchingCatalog,
  PARTNER_VISIBLE_STATUSES,
  PartnerProject,
  ProjectApplicant,
  PublishedFilter,
} from '@sixcan/server-core';
import { Brackets, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { isId } from '../programme/programme.service';
import { Project } from './project.entity';
import { containsPattern, searchTerms } from './search';

/** Published by hand, a project is still hidden once withdrawn or rejected. */
const CLOSED: readonly ProjectStatus[] = [
  ProjectStatus.WITHDRAWN,
  ProjectStatus.REJECTED,
  ProjectStatus.DRAFT,
];

const toPartnerProject = (p: Project): PartnerProject => ({
  id: p.id,
  programmeId: p.programmeId,
  status: p.status,
  title: { zh: p.titleZh, en: p.titleEn },
  summary: { zh: p.summaryZh, en: p.summaryEn },
  sectorCode: p.sectorCode,
  country: p.country,
  organizationName: p.organizationName,
  trl: p.trl,
  cooperationModes: p.cooperationModes,
  fundingAmountMinor: p.fundingAmountMinor,
  fundingCurrency: p.fundingCurrency,
  submittedAt: p.submittedAt,
});

/** The programmes context's answer to matching: projects in the partner view and their applicants. */
@Injectable()
export class ProgrammesMatchingCatalog extends MatchingCatalog {
  async published(
    em: EntityManager,
    organizationId: string,
    filter: PublishedFilter,
  ): Promise<PartnerProject[]> {
    const qb = this.open(em, organizationId, filter);
    if (!qb) return [];
    const rows = await qb
      .orderBy('p.titleEn', 'ASC')
      .addOrderBy('p.titleZh', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    return rows.map(toPartnerProject);
  }

  async publishedPage(
    em: EntityManager,
    organizationId: string,
    filter: PublishedFilter,
    page: { first: number; after?: string | null },
  ): Promise<ConnectionShape<PartnerProject>> {
    const qb = this.open(em, organizationId, filter);
    if (!qb) return emptyPage(Boolean(page.after));
    const list = qb.clone();
    if (page.after) afterTitle(list, decodeCursor(page.after, 3));
    const [totalCount, rows] = await Promise.all([
      qb.getCount(),
      list
        .orderBy('p.titleEn', 'ASC')
        .addOrderBy('p.titleZh', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .take(page.first + 1)
        .getMany(),
    ]);
    const edges = rows.slice(0, page.first).map((p) => ({
      node: toPartnerProject(p),
      cursor: encodeCursor([p.titleEn, p.titleZh, p.id]),
    }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > page.first,
        hasPreviousPage: Boolean(page.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  async titles(em: EntityManager, organizationId: string, ids: string[]): Promise<Map<string, Bilingual>> {
    const valid = [...new Set(ids.filter(isId))];
    if (!valid.length) return new Map();
    const rows = await em.find(Project, {
      where: { organizationId, id: In(valid) },
      select: { id: true, titleZh: true, titleEn: true },
    });
    return new Map(rows.map((p) => [p.id, { zh: p.titleZh, en: p.titleEn }]));
  }

  async idsByTitle(em: EntityManager, organizationId: string, text: string): Promise<string[]> {
    const term = text.trim();
    if (!term) return [];
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM project WHERE organization_id = $1 AND (title_zh ILIKE $2 OR title_en ILIKE $2)`,
      [organizationId, `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
    );
    return rows.map((r) => r.id);
  }

  /** The projects open to partners under the filter, or null when the filter names no valid id. */
  private open(
    em: EntityManager,
    organizationId: string,
    filter: PublishedFilter,
  ): SelectQueryBuilder<Project> | null {
    const also = filter.alsoIds.filter(isId);
    const qb = em
      .createQueryBuilder(Project, 'p')
      .where('p.organizationId = :org', { org: organizationId })
      .andWhere(
        new Brackets((w) => {
          w.where('p.status IN (:...visible)', { visible: PARTNER_VISIBLE_STATUSES });
          if (also.length)
            w.orWhere(
              new Brackets((x) =>
                x
                  .where('p.id IN (:...also)', { also })
                  .andWhere('p.status NOT IN (:...closed)', { closed: CLOSED }),
              ),
            );
        }),
      );
    if (filter.ids) {
      const ids = filter.ids.filter(isId);
      if (!ids.length) return null;
      qb.andWhere('p.id IN (:...ids)', { ids });
    }
    narrow(qb, filter);
    return qb;
  }

  async projects(em: EntityManager, organizationId: string, ids: string[]): Promise<PartnerProject[]> {
    const valid = [...new Set(ids.filter(isId))];
    if (!valid.length) return [];
    return (await em.findBy(Project, { organizationId, id: In(valid) })).map(toPartnerProject);
  }

  async applicants(em: EntityManager, organizationId: string, ids: string[]): Promise<ProjectApplicant[]> {
    const valid = [...new Set(ids.filter(isId))];
    if (!valid.length) return [];
    const rows = await em.find(Project, {
      where: { organizationId, id: In(valid) },
      select: { id: true, ownerUserId: true, applicantEmail: true, titleZh: true, titleEn: true },
    });
    return rows.map((p) => ({
      projectId: p.id,
      ownerUserId: p.ownerUserId,
      applicantEmail: p.applicantEmail,
      title: { zh: p.titleZh, en: p.titleEn },
    }));
  }

  async ownedBy(em: EntityManager, organizationId: string, userId: string, ids: string[]): Promise<string[]> {
    const valid = [...new Set(ids.filter(isId))];
    if (!valid.length) return [];
    const rows = await em.find(Project, {
      where: { organizationId, ownerUserId: userId, id: In(valid) },
      select: { id: true },
    });
    return rows.map((p) => p.id);
  }
}

const emptyPage = (hasPreviousPage: boolean): ConnectionShape<PartnerProject> => ({
  edges: [],
  totalCount: 0,
  pageInfo: { hasNextPage: false, hasPreviousPage, startCursor: null, endCursor: null },
});

/**
 * Rows after the cursor `[titleEn, titleZh, id]` in the order `titleEn, titleZh, id` (ascending, nulls last
 * as PostgreSQL sorts them), as an OR of prefixes.
 */
function afterTitle(qb: SelectQueryBuilder<Project>, cursor: (string | number | null)[]): void {
  const [en = null, zh = null, id] = cursor.map((v) => (v == null ? null : String(v)));
  if (!id || !isId(id))
    throw DomainError.validation('The cursor is not valid for this list; start again from the first page', [
      { field: 'after', message: 'invalid cursor' },
    ]);
  const after = (column: string, value: string | null, name: string) =>
    value == null ? 'false' : `(${column} > :${name} OR ${column} IS NULL)`;
  const same = (column: string, value: string | null, name: string) =>
    value == null ? `${column} IS NULL` : `${column} = :${name}`;
  qb.andWhere(
    `(${after('p.titleEn', en, 'cEn')}
      OR (${same('p.titleEn', en, 'cEn')} AND ${after('p.titleZh', zh, 'cZh')})
      OR (${same('p.titleEn', en, 'cEn')} AND ${same('p.titleZh', zh, 'cZh')} AND p.id > :cId))`,
    { cEn: en, cZh: zh, cId: id },
  );
}

function narrow(
  qb: SelectQueryBuilder<Project>,
  f: { sectorCode?: string | null; country?: string | null; search?: string | null },
): void {
  if (f.sectorCode) qb.andWhere('p.sectorCode = :sector', { sector: f.sectorCode });
  if (f.country) qb.andWhere('p.country = :country', { country: f.country.toUpperCase() });
  if (f.search?.trim())
    searchTerms(f.search).forEach((term, i) =>
      qb.andWhere(`p.searchDocument LIKE :term${i}`, { [`term${i}`]: containsPattern(term) }),
    );
}
