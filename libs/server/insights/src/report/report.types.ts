export enum ProgrammeReportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export const ACTIVE_REPORT_STATUSES = [ProgrammeReportStatus.QUEUED, ProgrammeReportStatus.RUNNING];

export type Lang = 'zh' | 'en';
