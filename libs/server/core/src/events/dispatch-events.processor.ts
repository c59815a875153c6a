import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Transactions } from '../database/transactions';
import { LiveEvents, ProgrammeActivity, programmeActivityTopic } from '../graphql/pubsub';
import { JobHandler, JobProcessor } from '../queue/job-processor.decorator';
import { JobPayloads } from '../queue/jobs';
import { DomainEventRecord } from './domain-event.entity';
import { DomainEvents } from './domain-events';

/**
 * After an event's commit: runs every listener (each in its own transaction; they are idempotent) and tells
 * the programme's live activity topic. A listener that fails makes the job retry (the others run again too,
 * without effect).
 */
@Injectable()
@JobProcessor('events.dispatch')
export class DispatchEventsProcessor implements JobHandler<'events.dispatch'> {
  private readonly logger = new Logger(DispatchEventsProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: Transactions,
    private readonly events: DomainEvents,
    private readonly live: LiveEvents,
  ) {}

  async handle({ eventId }: JobPayloads['events.dispatch']): Promise<string> {
    const event = await this.dataSource.getRepository(DomainEventRecord).findOneBy({ id: eventId });
    if (!event) return 'no such event';
    for (const [, listener] of this.events.listenersOf()) {
      await this.tx.run((em) => listener(em, event));
    }
    if (event.programmeId) {
      const activity: ProgrammeActivity = {
        programmeId: event.programmeId,
        type: event.type,
        at: event.createdAt.toISOString(),
      };
      await this.live
        .publish(programmeActivityTopic(event.programmeId), activity)
        .catch((e: Error) => this.logger.warn(`programme activity not published: ${e.message}`));
    }
    return 'dispatched';
  }
}
