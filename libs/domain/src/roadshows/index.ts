/** The roadshow: events, slots, commentary, and the time-zone-aware planner. */
export * from './enums';
export * from './commentary';
export * from './types';
export { ACCEPTABLE_HOURS, PREFERRED_HOURS, type LocalHours } from './zones';
export { MAX_PRESENTERS } from './optimise';
export {
  checkPlanInput,
  PlanInputProblemCode,
  type PlanInputProblem,
  RoadshowPlanInputError,
  SLOT_MINUTES,
} from './check';
export { planRoadshow } from './planner';
export { moveSlot, planOrder } from './order';
