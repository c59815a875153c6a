import { Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DomainEventType, WebhookDeliveryStatus } from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';

/** Every event type an endpoint can subscribe to, in the order they happen in a programme. */
export const EVENT_TYPES: readonly DomainEventType[] = [
  'PROJECT_SUBMITTED',
  'ROUND_DECIDED',
  'INTENT_RECORDED',
  'BID_PLACED',
  'BID_REVISED',
  'BID_WITHDRAWN',
  'BID_ANSWERED',
  'DEAL_MOVED',
  'AGREEMENT_RECORDED',
];

/** The dotted form on the wire (X-SixCan-Event and the body's `type`): BID_PLACED → bid.placed. */
export const WIRE_NAMES: Record<DomainEventType, string> = {
  PROJECT_SUBMITTED: 'project.submitted',
  ROUND_DECIDED: 'round.decided',
  INTENT_RECORDED: 'intent.recorded',
  BID_PLACED: 'bid.placed',
  BID_REVISED: 'bid.revised',
  BID_WITHDRAWN: 'bid.withdrawn',
  BID_ANSWERED: 'bid.answered',
  DEAL_MOVED: 'deal.moved',
  AGREEMENT_RECORDED: 'agreement.recorded',
};

/** A message shown after an action, worded when shown (so it follows a language switch). */
export interface Outcome {
  type: 'success' | 'error';
  message: (t: TFunction) => string;
}

/** Deliveries still under way: their log is read again every few seconds. */
export const IN_FLIGHT: readonly WebhookDeliveryStatus[] = ['PENDING', 'SENDING', 'RETRYING'];

const STATUS_COLORS: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'default',
  SENDING: 'processing',
  RETRYING: 'warning',
  DELIVERED: 'success',
  FAILED: 'error',
};

export function DeliveryStatusTag({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`webhooks.statusHint.${status}`)}>
      <Tag color={STATUS_COLORS[status]} data-testid="delivery-status" style={{ marginInlineEnd: 0 }}>
        {t(`webhooks.status.${status}`)}
      </Tag>
    </Tooltip>
  );
}

/** `bid.placed` → "Bid placed" when it is a known type; the test ping and others as they are. */
export function eventTypeLabel(t: TFunction, wire: string): string {
  if (wire === 'webhook.test') return t('webhooks.testEvent');
  const type = (Object.keys(WIRE_NAMES) as DomainEventType[]).find((key) => WIRE_NAMES[key] === wire);
  return type ? t(`webhooks.eventType.${type}`) : wire;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
export const URL_MAX = 2000;

/**
 * The client's check of an endpoint URL, mirroring the API's: a full URL, https:// (http:// only for a local
 * receiver, which the API accepts outside production), no credentials, no fragment. Undefined when it passes.
 */
export function urlProblem(t: TFunction, raw: string | undefined): string | undefined {
  const text = raw?.trim() ?? '';
  if (!text) return t('webhooks.form.validation.url');
  if (text.length > URL_MAX) return t('webhooks.form.validation.tooLong', { max: URL_MAX });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return t('webhooks.form.validation.url');
  }
  const local = LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost');
  if (url.protocol === 'http:' ? !local : url.protocol !== 'https:')
    return t('webhooks.form.validation.https');
  if (!url.hostname) return t('webhooks.form.validation.url');
  if (url.username || url.password) return t('webhooks.form.validation.credentials');
  if (url.hash) return t('webhooks.form.validation.fragment');
  return undefined;
}

const URL_REASONS = ['INVALID_URL', 'INSECURE_URL', 'PRIVATE_ADDRESS'] as const;
type UrlReason = (typeof URL_REASONS)[number];

/**
 * Every `extensions.reason` of the webhook API (docs/webhooks.md, "Errors"): the URL refusals (VALIDATION)
 * and the conflicts (CONFLICT), each with its own message.
 */
export const WEBHOOK_REASONS = [
  ...URL_REASONS,
  'ENDPOINT_LIMIT_REACHED',
  'ENDPOINT_DISABLED',
  'DELIVERY_IN_PROGRESS',
  'STALE_VERSION',
] as const;
export type WebhookReason = (typeof WEBHOOK_REASONS)[number];

/** The API's reason for a failed webhook operation, when it is one this page words. */
export function webhookReason(error: unknown): WebhookReason | undefined {
  const reason = describeError(error).reason;
  return WEBHOOK_REASONS.includes(reason as WebhookReason) ? (reason as WebhookReason) : undefined;
}

/** A refused URL (the API's reason), for the form's URL field; undefined for other problems. */
export function urlReasonMessage(t: TFunction, error: unknown): string | undefined {
  const reason = webhookReason(error);
  return URL_REASONS.includes(reason as UrlReason) ? t(`webhooks.reason.${reason as UrlReason}`) : undefined;
}

/** A translated sentence for a failed webhook operation: by the API's reason, else by its error code. */
export function webhookProblem(t: TFunction, error: unknown): string {
  const reason = webhookReason(error);
  return reason ? t(`webhooks.reason.${reason}`) : problemMessage(t, describeError(error));
}
