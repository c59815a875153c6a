import { RoadshowCommentary } from './commentary/commentary.entity';
import { RoadshowCommentator, RoadshowEvent, RoadshowProjectEntry } from './event/roadshow.entity';
import { RoadshowIntent } from './live/roadshow-intent.entity';
import { RoadshowReminder } from './publish/reminder.entity';
import { RoadshowSlot } from './slot/slot.entity';

/** The tables of roadshow events (the handbook has its own, HANDBOOK_ENTITIES). */
export const ROADSHOW_EVENT_ENTITIES = [
  RoadshowEvent,
  RoadshowProjectEntry,
  RoadshowCommentator,
  RoadshowSlot,
  RoadshowCommentary,
  RoadshowIntent,
  RoadshowReminder,
];
export {
  RoadshowCommentary,
  RoadshowCommentator,
  RoadshowEvent,
  RoadshowIntent,
  RoadshowProjectEntry,
  RoadshowReminder,
  RoadshowSlot,
};
