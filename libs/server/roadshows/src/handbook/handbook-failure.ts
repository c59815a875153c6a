import { PrintedDocument } from '@sixcan/server-core';

/**
 * A reason a handbook cannot be written that another attempt would not change (the font is missing, the
 * programme is gone): the job is marked FAILED with this message at once instead of being retried.
 */
export class HandbookFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HandbookFailure';
  }
}

/** The handbook as the shared PDF helpers name it in their errors, which fail the job at once. */
export const HANDBOOK_DOCUMENT: PrintedDocument = {
  name: 'handbook',
  failure: (message) => new HandbookFailure(message),
};
