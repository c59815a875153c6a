import { PrintedDocument } from '@sixcan/server-core';

/**
 * A reason a report cannot be written that another attempt would not change (the font is missing, the
 * programme is gone): the job is marked FAILED with this message at once instead of being retried.
 */
export class ReportFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportFailure';
  }
}

/** The report as the shared PDF helpers name it in their errors, which fail the job at once. */
export const REPORT_DOCUMENT: PrintedDocument = {
  name: 'report',
  failure: (message) => new ReportFailure(message),
};
