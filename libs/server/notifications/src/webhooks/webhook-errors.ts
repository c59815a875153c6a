import { DomainError, ErrorCode } from '@sixcan/server-core';

/**
 * The `extensions.reason` of every webhook error a client must tell apart (docs/webhooks.md, "Errors"). URL
 * refusals (INVALID_URL, INSECURE_URL, PRIVATE_ADDRESS) are VALIDATION errors made in endpoint-url.ts.
 */
export const WebhookErrorReason = {
  /** CONFLICT: the organisation already has the most endpoints it may have. */
  ENDPOINT_LIMIT_REACHED: 'ENDPOINT_LIMIT_REACHED',
  /** CONFLICT: a test or replay for a disabled endpoint. */
  ENDPOINT_DISABLED: 'ENDPOINT_DISABLED',
  /** CONFLICT: a replay of a delivery that is still pending, sending or retrying. */
  DELIVERY_IN_PROGRESS: 'DELIVERY_IN_PROGRESS',
  /** CONFLICT: an update carrying a version older than the endpoint's (someone changed it meanwhile). */
  STALE_VERSION: 'STALE_VERSION',
} as const;

export type WebhookErrorReason = (typeof WebhookErrorReason)[keyof typeof WebhookErrorReason];

export const webhookConflict = (reason: WebhookErrorReason, message: string): DomainError =>
  new DomainError(ErrorCode.CONFLICT, message, { reason });
