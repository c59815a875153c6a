import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobName, JobPayloads } from './jobs';

export const JOB_PROCESSOR = Symbol('sixcan:job-processor');

/** Marks a provider as the processor of one job name; the worker app discovers it. */
export const JobProcessor = (name: JobName) => SetMetadata(JOB_PROCESSOR, name);

export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], job: Job): Promise<unknown>;
}
