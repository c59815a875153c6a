import { CORE_ENTITIES } from '@sixcan/server-core';
import { IDENTITY_ENTITIES } from '@sixcan/server-identity';
import { MIGRATIONS } from './migrations';

/** Every entity of every context, and the migrations that build their schema. */
export const ENTITIES = [...CORE_ENTITIES, ...IDENTITY_ENTITIES];
export { MIGRATIONS };
