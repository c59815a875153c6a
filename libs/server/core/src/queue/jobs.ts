/**
 * Every job SixCan runs: its name (`<queue>.<task>`) and its payload. Payloads carry ids only;
 * processors load the current state and re-check it, so a job can run twice without effect.
 */
export interface JobPayloads {
  'mail.send': { mailId: string };
  'system.probe': { probeId: string };
  'intake.import': { importId: string };
  'screening.assign': { roundId: string };
  /** Scheduled hourly; finds what is due itself. */
  'screening.remind': Record<string, never>;
  /** Scheduled hourly: expires live bids past their valid-until. */
  'matching.expire': Record<string, never>;
  /** Scheduled hourly: next-step and stale-deal reminders, once each. */
  'matching.remind': Record<string, never>;
  /** Writes a programme's handbook (PDF and XLSX). */
  'roadshows.handbook': { handbookJobId: string };
  /**
   * A roadshow reminder, delayed until it is due. `startsAt` is the slot's (or the event's) start when the job
   * was scheduled: the processor sends nothing when the stored start has moved since.
   */
  'roadshows.remind': { roadshowId: string; slotId: string | null; kind: string; startsAt: string };
  /** Writes a programme's bureau report (PDF and XLSX). */
  'insights.report': { reportId: string };
  /**
   * Recomputes a programme's dashboard aggregates. `changedAt` is the latest change the refresh is for (null for
   * the first one): the processor does nothing when the aggregates were refreshed after it.
   */
  'insights.refresh': { programmeId: string; changedAt: string | null };
  /** Scheduled every minute: queues a refresh for each programme whose aggregates are behind its changes. */
  'insights.sweep': Record<string, never>;
  /** Runs the listeners of a committed domain event (webhook fan-out) and tells the programme's live topic. */
  'events.dispatch': { eventId: string };
  /** One attempt of one webhook delivery; `series` counts replays, `attempt` the tries within a series. */
  'webhooks.deliver': { deliveryId: string; series: number; attempt: number };
  /**
   * Tells the recipients' subscriptions that their unread count changed, after their notifications committed:
   * one job per `MailService.queueAll` call (per 500 notifications), each user once. Jobs queued before the
   * list existed carry one `userId`.
   */
  'notifications.unread':
    | { recipients: { userId: string; organizationId: string | null }[] }
    | { userId: string; organizationId: string | null };
}

export type JobName = keyof JobPayloads;
export type QueueName = JobName extends `${infer Q}.${string}` ? Q : never;

export const QUEUE_NAMES: readonly QueueName[] = [
  'mail',
  'system',
  'intake',
  'screening',
  'matching',
  'roadshows',
  'insights',
  'events',
  'webhooks',
  'notifications',
];

/**
 * Queues of short jobs that mostly wait on I/O (an e-mail written, a signal published): run with
 * WORKER_LIGHT_CONCURRENCY, their database writes batched across the jobs running at once.
 */
export const LIGHT_QUEUES: readonly QueueName[] = ['mail', 'notifications'];

export function queueOf(job: JobName): QueueName {
  return job.slice(0, job.indexOf('.')) as QueueName;
}

/** Defaults for every job: retries with exponential backoff, bounded history. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;
