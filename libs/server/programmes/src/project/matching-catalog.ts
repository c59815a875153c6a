import { Injectable } from '@nestjs/common';
import { ProjectStatus } from '@sixcan/domain';
import {
  MatchingCatalog,
  PARTNER_VISIBLE_STATUSES,
  PartnerProject,
  ProjectApplicant,
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
    filter: {
      alsoIds: string[];
      ids?: string[];
      sectorCode?: string | null;
      country?: string | null;
      search?: string | null;
    },
  ): Promise<PartnerProject[]> {
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
      if (!ids.length) return [];
      qb.andWhere('p.id IN (:...ids)', { ids });
    }
    narrow(qb, filter);
    const rows = await qb
      .orderBy('p.titleEn', 'ASC')
      .addOrderBy('p.titleZh', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    return rows.map(toPartnerProject);
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
