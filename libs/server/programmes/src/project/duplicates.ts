import { duplicateKeys } from '@sixcan/domain';
import { DomainError } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { Project } from './project.entity';

/** Duplicate keys of every project already in the programme (same title, either language, and organisation). */
export async function existingKeys(em: EntityManager, programmeId: string): Promise<Map<string, string>> {
  const rows = await em.find(Project, {
    where: { programmeId },
    select: { id: true, titleZh: true, titleEn: true, organizationName: true },
  });
  const keys = new Map<string, string>();
  for (const p of rows)
    for (const key of duplicateKeys({
      title: { zh: p.titleZh, en: p.titleEn },
      organizationName: p.organizationName,
    }))
      keys.set(key, p.id);
  return keys;
}

export async function checkDuplicate(em: EntityManager, project: Project): Promise<void> {
  const existing = await existingKeys(em, project.programmeId);
  const clash = duplicateKeys({
    title: { zh: project.titleZh, en: project.titleEn },
    organizationName: project.organizationName,
  }).find((key) => existing.has(key));
  if (clash)
    throw DomainError.conflict(
      `This programme already has a project with this title from ${project.organizationName ?? 'this organisation'}`,
    );
}
