import { registerEnumType } from '@nestjs/graphql';
import { DomainEventType, NotificationCategory } from '@sixcan/server-core';
import { WebhookDeliveryStatus } from './webhooks/webhook.entities';

registerEnumType(NotificationCategory, {
  name: 'NotificationCategory',
  description:
    'What a notification is about. Each e-mail template has one; the e-mail of every category but SECURITY can be turned off (the in-app notification stays).',
  valuesMap: {
    SECURITY: { description: 'Invitations, password resets, delivery tests: always e-mailed.' },
    INTAKE: { description: 'Submissions, withdrawals and nominations of projects.' },
    SCREENING: { description: 'Screening results of projects: advanced, shortlisted, not selected.' },
    REVIEWING: { description: 'Review assignments and deadline reminders.' },
    ROADSHOW: { description: 'Roadshow invitations and reminders.' },
    MATCHING: { description: 'Bids received, answered or expired; committed intents.' },
    DEALS: { description: 'Agreements recorded; follow-up reminders of deals.' },
  },
});

registerEnumType(DomainEventType, {
  name: 'DomainEventType',
  description:
    'A state change webhooks can subscribe to. The webhook body and the X-SixCan-Event header carry the dotted form (BID_PLACED → "bid.placed").',
  valuesMap: {
    PROJECT_SUBMITTED: { description: '"project.submitted": a project was submitted; data is the project.' },
    ROUND_DECIDED: { description: '"round.decided": a screening round was decided; data is the round.' },
    INTENT_RECORDED: {
      description: '"intent.recorded": an intent was recorded or changed; data is the intent.',
    },
    BID_PLACED: { description: '"bid.placed": a sealed bid was placed; data is the bid with its history.' },
    BID_REVISED: {
      description: '"bid.revised": a live bid got new terms; data is the bid with its history.',
    },
    BID_WITHDRAWN: { description: '"bid.withdrawn": a partner withdrew its bid; data is the bid.' },
    BID_ANSWERED: { description: '"bid.answered": a bid was accepted or declined; data is the bid.' },
    DEAL_MOVED: { description: '"deal.moved": a deal changed stage; data is the deal.' },
    AGREEMENT_RECORDED: {
      description: '"agreement.recorded": the agreement of a deal was recorded; data is the agreement.',
    },
  },
});

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  valuesMap: {
    PENDING: { description: 'Waiting for its first attempt.' },
    SENDING: { description: 'An attempt is in progress.' },
    RETRYING: { description: 'The last attempt failed; the next one is due at nextRetryAt.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt failed (or the endpoint was disabled): replay it to try again.' },
  },
});
