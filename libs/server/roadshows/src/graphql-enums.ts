import { registerEnumType } from '@nestjs/graphql';
import {
  PlanMode,
  PlanWarningCode,
  RoadshowMode,
  RoadshowStatus,
  SlotDelivery,
  SlotFit,
  SlotReason,
  SlotStatus,
} from '@sixcan/domain';

registerEnumType(RoadshowMode, { name: 'RoadshowMode' });
registerEnumType(RoadshowStatus, {
  name: 'RoadshowStatus',
  description: 'DRAFT → PUBLISHED → LIVE → ENDED; PUBLISHED → DRAFT until it goes live.',
});
registerEnumType(SlotDelivery, {
  name: 'SlotDelivery',
  description: 'LIVE, or PRERECORDED when the slot falls outside the presenter’s acceptable hours.',
});
registerEnumType(SlotStatus, {
  name: 'SlotStatus',
  description: 'SCHEDULED → ON_STAGE → DONE, or NO_SHOW (from SCHEDULED or ON_STAGE).',
});
registerEnumType(SlotReason, {
  name: 'SlotReason',
  description: 'Why the planner put the slot where it is.',
});
registerEnumType(SlotFit, { name: 'SlotFit', description: 'What the slot’s time is for its presenter.' });
registerEnumType(PlanWarningCode, { name: 'PlanWarningCode' });
registerEnumType(PlanMode, {
  name: 'PlanMode',
  description: 'OPTIMISED: the planner’s order; MANUAL: the organiser’s.',
});
