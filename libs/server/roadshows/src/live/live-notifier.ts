import { Injectable, Logger } from '@nestjs/common';
import { Clock, LiveEvents, Transactions } from '@sixcan/server-core';
import { RoadshowEvent } from '../event/roadshow.entity';
import { LiveState } from './live-state';

export const liveTopic = (roadshowId: string) => `roadshow.${roadshowId}`;

/**
 * Pushes an event's live state to its subscribers after a change has committed (from the api process, so it
 * also works without Redis). A failed push is logged, never the caller's failure: clients re-read the state.
 */
@Injectable()
export class LiveNotifier {
  private readonly logger = new Logger(LiveNotifier.name);

  constructor(
    private readonly tx: Transactions,
    private readonly state: LiveState,
    private readonly events: LiveEvents,
    private readonly clock: Clock,
  ) {}

  async push(roadshowId: string): Promise<void> {
    try {
      const state = await this.tx.read(async (em) => {
        const event = await em.findOneBy(RoadshowEvent, { id: roadshowId });
        return event ? this.state.of(em, event, this.clock.now()) : null;
      });
      if (state) await this.events.publish(liveTopic(roadshowId), { roadshowUpdated: state });
    } catch (error) {
      this.logger.warn(`live state of ${roadshowId} not pushed: ${(error as Error).message}`);
    }
  }
}
