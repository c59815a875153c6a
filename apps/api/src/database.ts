import { CORE_ENTITIES } from '@sixcan/server-core';
import { MIGRATIONS } from './migrations';

/** Every entity of every context, and the migrations that build their schema. */
export const ENTITIES = [...CORE_ENTITIES];
export { MIGRATIONS };
