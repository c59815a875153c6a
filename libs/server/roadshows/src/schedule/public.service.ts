import { Injectable } from '@nestjs/common';
import { RoadshowStatus } from '@sixcan/domain';
import { DomainError, RoadshowCatalog, Transactions } from '@sixcan/server-core';
import { isId } from '../access';
import { RoadshowEvent } from '../event/roadshow.entity';
import { RoadshowSlot } from '../slot/slot.entity';
import { PublicRoadshowModel } from './public.models';

/** Statuses in which the schedule is public. */
const PUBLIC: readonly RoadshowStatus[] = [
  RoadshowStatus.PUBLISHED,
  RoadshowStatus.LIVE,
  RoadshowStatus.ENDED,
];

/**
 * The public schedule of a roadshow (its page and the QR codes point here): titles, countries, institutions
 * and UTC times. Never presenters, contacts, commentators or intents. The stream URL shows only while live,
 * so the link is not passed around before the broadcast.
 */
@Injectable()
export class PublicSchedule {
  constructor(
    private readonly tx: Transactions,
    private readonly catalog: RoadshowCatalog,
  ) {}

  get(id: string): Promise<PublicRoadshowModel> {
    return this.tx.read(async (em) => {
      const event = isId(id) ? await em.findOneBy(RoadshowEvent, { id }) : null;
      if (!event || !PUBLIC.includes(event.status)) throw DomainError.notFound('Roadshow');
      const slots = await em.find(RoadshowSlot, {
        where: { roadshowId: event.id },
        order: { position: 'ASC' },
      });
      const projects = new Map(
        (
          await this.catalog.projects(
            em,
            event.organizationId,
            slots.map((s) => s.projectId),
          )
        ).map((p) => [p.id, p]),
      );
      return {
        id: event.id,
        title: { zh: event.titleZh, en: event.titleEn },
        mode: event.mode,
        status: event.status,
        venue: event.venue,
        streamUrl: event.status === RoadshowStatus.LIVE ? event.streamUrl : null,
        timeZone: event.timeZone,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        slots: slots.map((s) => {
          const p = projects.get(s.projectId);
          return {
            order: s.position,
            projectTitle: { zh: p?.title.zh ?? null, en: p?.title.en ?? null },
            country: p?.country ?? null,
            organizationName: p?.organizationName ?? null,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            delivery: s.delivery,
            status: s.status,
          };
        }),
        breaks: (event.plan?.breaks ?? []).map((b) => ({
          startsAt: new Date(b.start),
          endsAt: new Date(b.end),
        })),
      };
    });
  }
}
