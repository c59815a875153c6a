import { CORE_ENTITIES } from '@sixcan/server-core';
import { IDENTITY_ENTITIES } from '@sixcan/server-identity';
import { INSIGHTS_ENTITIES } from '@sixcan/server-insights';
import { PROGRAMMES_ENTITIES } from '@sixcan/server-programmes';
import { MATCHING_ENTITIES } from '@sixcan/server-matching';
import { NOTIFICATIONS_ENTITIES } from '@sixcan/server-notifications';
import { HANDBOOK_ENTITIES, ROADSHOW_EVENT_ENTITIES } from '@sixcan/server-roadshows';
import { SCREENING_ENTITIES } from '@sixcan/server-screening';
import { MIGRATIONS } from './migrations';

/** Every entity of every context, and the migrations that build their schema. */
export const ENTITIES = [
  ...CORE_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...PROGRAMMES_ENTITIES,
  ...SCREENING_ENTITIES,
  ...MATCHING_ENTITIES,
  ...HANDBOOK_ENTITIES,
  ...ROADSHOW_EVENT_ENTITIES,
  ...INSIGHTS_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
];
export { MIGRATIONS };
