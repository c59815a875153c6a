/** Reviewer assignment (PRODUCT.md invariant 1); how it works is told in assign.ts. */
export * from './types';
export { formatCount } from './format';
export { assignReviewers } from './assign';
export * from './check';
export * from './reassign';
