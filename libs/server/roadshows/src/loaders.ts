import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import { Loaders, MemberDirectory, RoadshowCatalog, Transactions } from '@sixcan/server-core';
import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import { commentatorIds } from './event/commentators.service';
import { RoadshowProjectEntry } from './event/roadshow.entity';
import { RoadshowCommentatorModel } from './event/roadshow.models';
import { RoadshowSlot } from './slot/slot.entity';
import { NO_PROJECT, ProjectInfo } from './slot/slot.views';

/**
 * Per-request DataLoaders of the roadshow field resolvers: one statement per field and request, whatever the
 * page size, each scoped to the actor's organisation.
 */
@Injectable()
export class RoadshowLoaders {
  constructor(
    private readonly tx: Transactions,
    private readonly catalog: RoadshowCatalog,
    private readonly directory: MemberDirectory,
  ) {}

  projectIds(loaders: Loaders, actor: Actor): DataLoader<string, string[]> {
    return loaders.get<string, string[]>('roadshows.project-ids', (ids) =>
      this.tx.read(async (em) => {
        const rows = await em.find(RoadshowProjectEntry, {
          where: { organizationId: actor.organizationId, roadshowId: In([...ids]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        });
        return ids.map((id) => rows.filter((r) => r.roadshowId === id).map((r) => r.projectId));
      }),
    );
  }

  slots(loaders: Loaders, actor: Actor): DataLoader<string, RoadshowSlot[]> {
    return loaders.get<string, RoadshowSlot[]>('roadshows.slots', (ids) =>
      this.tx.read(async (em) => {
        const rows = await em.find(RoadshowSlot, {
          where: { organizationId: actor.organizationId, roadshowId: In([...ids]) },
          order: { position: 'ASC' },
        });
        return ids.map((id) => rows.filter((r) => r.roadshowId === id));
      }),
    );
  }

  project(loaders: Loaders, actor: Actor): DataLoader<string, ProjectInfo> {
    return loaders.get<string, ProjectInfo>('roadshows.project', (ids) =>
      this.tx.read(async (em) => {
        const rows = await this.catalog.projects(em, actor.organizationId, [...ids]);
        const byId = new Map(
          rows.map((p): [string, ProjectInfo] => [
            p.id,
            { title: { zh: p.title.zh ?? null, en: p.title.en ?? null }, country: p.country },
          ]),
        );
        return ids.map((id) => byId.get(id) ?? NO_PROJECT);
      }),
    );
  }

  commentators(loaders: Loaders, actor: Actor): DataLoader<string, RoadshowCommentatorModel[]> {
    return loaders.get<string, RoadshowCommentatorModel[]>('roadshows.commentators', (ids) =>
      this.tx.read(async (em) => {
        const byEvent = await commentatorIds(em, actor.organizationId, [...ids]);
        const names = await this.directory.displayNames(em, [...new Set([...byEvent.values()].flat())]);
        return ids.map((id) =>
          (byEvent.get(id) ?? []).map((userId) => ({ userId, displayName: names.get(userId) ?? '' })),
        );
      }),
    );
  }
}
