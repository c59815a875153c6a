import { Bilingual } from '@sixcan/domain';

export enum HandbookJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** Which languages the handbook prints: both (Chinese first), or one of them. */
export enum HandbookLanguages {
  ZH_EN = 'ZH_EN',
  ZH = 'ZH',
  EN = 'EN',
}

/** What the organizer asked for, as stored on the job (defaults applied). */
export interface HandbookOptions {
  languages: HandbookLanguages;
  /** Contact names, e-mails and phones are personal data: printed only when asked for. */
  includeContacts: boolean;
  /** Only these sectors (every sector when null). */
  sectorCodes: string[] | null;
  /** Printed instead of the programme's title when set. */
  title: Bilingual | null;
}

export type Lang = 'zh' | 'en';
