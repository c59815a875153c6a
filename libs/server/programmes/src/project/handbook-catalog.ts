import { Injectable } from '@nestjs/common';
import { ProjectStatus } from '@sixcan/domain';
import {
  HandbookCatalog,
  HandbookEntry,
  HandbookProgramme,
  HandbookProject,
  HandbookSelection,
  PARTNER_VISIBLE_STATUSES,
} from '@sixcan/server-core';
import { Brackets, EntityManager, In } from 'typeorm';
import { Programme } from '../programme/programme.entity';
import { isId } from '../programme/programme.service';
import { Project } from './project.entity';

/** Published by hand, a project still stays out of the handbook once withdrawn, rejected or back in draft. */
const CLOSED: readonly ProjectStatus[] = [
  ProjectStatus.WITHDRAWN,
  ProjectStatus.REJECTED,
  ProjectStatus.DRAFT,
];

/** The programmes context's answer to the handbook: the programme, its outline, and projects in batches. */
@Injectable()
export class ProgrammesHandbookCatalog extends HandbookCatalog {
  async programme(em: EntityManager, organizationId: string, id: string): Promise<HandbookProgramme | null> {
    const p = isId(id) ? await em.findOneBy(Programme, { id, organizationId }) : null;
    return p
      ? { id: p.id, title: { zh: p.titleZh, en: p.titleEn }, timeZone: p.timeZone, sectors: p.sectors }
      : null;
  }

  async entries(
    em: EntityManager,
    organizationId: string,
    programmeId: string,
    selection: HandbookSelection,
  ): Promise<HandbookEntry[]> {
    if (!isId(programmeId)) return [];
    const also = [...new Set(selection.alsoIds.filter(isId))];
    const qb = em
      .createQueryBuilder(Project, 'p')
      .select(['p.id', 'p.titleZh', 'p.titleEn', 'p.sectorCode'])
      .where('p.organizationId = :org AND p.programmeId = :programmeId', { org: organizationId, programmeId })
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
    if (selection.sectorCodes?.length)
      qb.andWhere('p.sectorCode IN (:...sectors)', { sectors: selection.sectorCodes });
    const rows = await qb.getMany();
    return rows.map((p) => ({ id: p.id, title: { zh: p.titleZh, en: p.titleEn }, sectorCode: p.sectorCode }));
  }

  async projects(
    em: EntityManager,
    organizationId: string,
    programmeId: string,
    ids: string[],
    options: { includeContacts: boolean },
  ): Promise<HandbookProject[]> {
    const valid = [...new Set(ids.filter(isId))];
    if (!valid.length || !isId(programmeId)) return [];
    const rows = await em.find(Project, {
      where: { organizationId, programmeId, id: In(valid) },
      select: {
        id: true,
        status: true,
        titleZh: true,
        titleEn: true,
        summaryZh: true,
        summaryEn: true,
        sectorCode: true,
        country: true,
        organizationName: true,
        trl: true,
        cooperationModes: true,
        fundingAmountMinor: true,
        fundingCurrency: true,
        ...(options.includeContacts ? { contactName: true, contactEmail: true, contactPhone: true } : {}),
      },
    });
    return rows.map((p) => ({
      id: p.id,
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
      contact: options.includeContacts
        ? { name: p.contactName, email: p.contactEmail, phone: p.contactPhone }
        : null,
    }));
  }
}
