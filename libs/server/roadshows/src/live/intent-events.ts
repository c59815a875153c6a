import { Injectable, Logger } from '@nestjs/common';
import { Actor, RoadshowStatus, SlotStatus } from '@sixcan/domain';
import { RoadshowIntentEvents, RoadshowIntentRecorded, Transactions } from '@sixcan/server-core';
import { RoadshowEvent, RoadshowProjectEntry } from '../event/roadshow.entity';
import { RoadshowSlot } from '../slot/slot.entity';
import { LiveNotifier } from './live-notifier';

/**
 * The roadshows side of "a partner pressed the intent button": the intent counts once for each live event of
 * the organisation showing the project (with the slot on stage, if any), and the live state is pushed.
 * Intents outside a live event are not counted.
 */
@Injectable()
export class RoadshowIntentTally extends RoadshowIntentEvents {
  private readonly logger = new Logger(RoadshowIntentTally.name);

  constructor(
    private readonly tx: Transactions,
    private readonly notifier: LiveNotifier,
  ) {
    super();
  }

  async intentRecorded(actor: Actor, event: RoadshowIntentRecorded): Promise<void> {
    try {
      const counted = await this.tx.run(async (em) => {
        const live = await em
          .createQueryBuilder(RoadshowEvent, 'r')
          .innerJoin(RoadshowProjectEntry, 'p', 'p.roadshowId = r.id AND p.projectId = :project', {
            project: event.projectId,
          })
          .where('r.organizationId = :org AND r.status = :live', {
            org: actor.organizationId,
            live: RoadshowStatus.LIVE,
          })
          .getMany();
        const ids: string[] = [];
        for (const r of live) {
          const onStage = await em.findOneBy(RoadshowSlot, { roadshowId: r.id, status: SlotStatus.ON_STAGE });
          const rows: unknown[] = await em.query(
            `INSERT INTO roadshow_intent (organization_id, roadshow_id, project_id, intent_id, partner_id, slot_id)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (roadshow_id, intent_id) DO NOTHING RETURNING id`,
            [
              actor.organizationId,
              r.id,
              event.projectId,
              event.intentId,
              event.partnerId,
              onStage?.id ?? null,
            ],
          );
          if (rows.length) ids.push(r.id);
        }
        return ids;
      });
      for (const id of counted) await this.notifier.push(id);
    } catch (error) {
      this.logger.warn(`roadshow intent ${event.intentId} not counted: ${(error as Error).message}`);
    }
  }
}
