import { Global, Module } from '@nestjs/common';
import { PublishedProjectIds } from '@sixcan/server-core';
import { PublishedProject } from '@sixcan/server-matching';
import { EntityManager } from 'typeorm';

/**
 * The matching context's projects published by hand, as the handbook asks for them. Wired in the
 * composition root: the roadshows and matching contexts do not depend on each other.
 */
export class MatchingPublishedProjectIds extends PublishedProjectIds {
  async ids(em: EntityManager, organizationId: string): Promise<string[]> {
    const rows = await em.find(PublishedProject, { where: { organizationId }, select: { projectId: true } });
    return rows.map((r) => r.projectId);
  }
}

@Global()
@Module({
  providers: [{ provide: PublishedProjectIds, useClass: MatchingPublishedProjectIds }],
  exports: [PublishedProjectIds],
})
export class PublishedProjectIdsModule {}
