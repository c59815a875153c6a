import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Outbox } from '../queue/outbox';
import { DomainEventType } from './domain-event-type';
import { DomainEventRecord } from './domain-event.entity';

/** What a writer tells about a state change. */
export interface DomainEventInput {
  organizationId: string;
  /** The programme the object belongs to (null for organisation-wide objects). */
  programmeId: string | null;
  type: DomainEventType;
  objectType: string;
  objectId: string;
  /** Null for changes made by the system (jobs). */
  actorUserId: string | null;
  /**
   * The WHOLE record after the change, as the API shows it to an organizer (the GraphQL model built by the
   * context's mapper), without secrets. Dates become ISO strings, bigints decimal strings.
   */
  data: object;
}

/** The record as JSON: instants as ISO strings, bigints as decimal strings, `undefined` left out. */
export function toEventData(value: object): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  ) as Record<string, unknown>;
}

/** What a listener of dispatched events is given (the stored row). */
export type DomainEventListener = (manager: EntityManager, event: DomainEventRecord) => Promise<void>;

/**
 * Records domain events in the writer's transaction and, after commit, has them dispatched by the
 * `events.dispatch` job: the programme's live activity topic is told and every registered listener (e.g.
 * webhooks) runs. One call per state change, never one per field.
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly listeners = new Map<string, DomainEventListener>();

  constructor(private readonly outbox: Outbox) {}

  /** Stores the event and queues its dispatch (after commit). Must run inside `Transactions.run`. */
  async emit(manager: EntityManager, event: DomainEventInput): Promise<DomainEventRecord> {
    const row = await this.record(manager, { ...event, type: event.type });
    await this.outbox.enqueue(
      manager,
      'events.dispatch',
      { eventId: row.id },
      { jobId: `events.dispatch-${row.id}` },
    );
    return row;
  }

  /** Stores an event without dispatching it (the webhook test ping). */
  async record(
    manager: EntityManager,
    event: Omit<DomainEventInput, 'type'> & { type: string },
  ): Promise<DomainEventRecord> {
    return manager.save(
      manager.create(DomainEventRecord, {
        organizationId: event.organizationId,
        programmeId: event.programmeId,
        type: event.type,
        objectType: event.objectType,
        objectId: event.objectId,
        actorUserId: event.actorUserId,
        data: toEventData(event.data),
      }),
    );
  }

  /**
   * Registers a listener run by the dispatch job for every event, in its own transaction (idempotent: a job
   * can run twice). A listener's failure fails the job, which is retried.
   */
  listen(name: string, listener: DomainEventListener): void {
    if (this.listeners.has(name)) this.logger.warn(`domain event listener ${name} replaced`);
    this.listeners.set(name, listener);
  }

  listenersOf(): [string, DomainEventListener][] {
    return [...this.listeners.entries()];
  }
}
