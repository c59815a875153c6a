import { DomainError, ErrorCode } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { RoadshowEvent } from './roadshow.entity';

export const staleVersion = () =>
  new DomainError(ErrorCode.CONFLICT, 'This roadshow was changed meanwhile: reload it and try again', {
    reason: 'STALE_VERSION',
  });

/**
 * Writes changes to an event as `UPDATE … WHERE id = $id AND version = $expected`, bumping the version;
 * CONFLICT (STALE_VERSION) when someone else saved first. Updates `event` in place.
 */
export async function saveVersioned(
  em: EntityManager,
  event: RoadshowEvent,
  expected: number,
  changes: Partial<RoadshowEvent>,
): Promise<RoadshowEvent> {
  const result = await em
    .createQueryBuilder()
    .update(RoadshowEvent)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :expected', { id: event.id, expected })
    .execute();
  if (!result.affected) throw staleVersion();
  return Object.assign(event, changes, { version: expected + 1 });
}
