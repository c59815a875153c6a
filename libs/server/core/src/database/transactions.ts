import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Outbox, OutboxRelay } from '../queue/outbox';

/**
 * Runs a unit of work in one transaction; jobs it enqueued through the outbox are handed to the
 * queue right after commit (and by the periodic sweep should this process die first).
 */
@Injectable()
export class Transactions {
  private readonly logger = new Logger(Transactions.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
  ) {}

  /** Runs read-only work without a transaction (no BEGIN/COMMIT round trips); writes belong in `run`. */
  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return work(this.dataSource.manager);
  }

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    let manager: EntityManager | undefined;
    try {
      const result = await this.dataSource.transaction(async (em) => {
        manager = em;
        return work(em);
      });
      const pending = this.outbox.takePending(manager as EntityManager);
      if (pending.length) {
        // A failed hand-over is not the caller's failure: the row is committed and the sweep retries it.
        await this.relay
          .dispatch(pending)
          .catch((e: Error) => this.logger.warn(`dispatch deferred: ${e.message}`));
      }
      return result;
    } catch (error) {
      if (manager) this.outbox.takePending(manager);
      throw error;
    }
  }
}
