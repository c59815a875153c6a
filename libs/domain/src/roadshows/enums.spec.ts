import {
  canMoveRoadshow,
  canMoveSlot,
  ROADSHOW_STATUSES,
  RoadshowStatus,
  SLOT_STATUSES,
  SlotStatus,
} from './enums';

const allowed = <S extends string>(statuses: readonly S[], can: (from: S, to: S) => boolean): string[] =>
  statuses.flatMap((from) => statuses.filter((to) => can(from, to)).map((to) => `${from}→${to}`));

describe('canMoveRoadshow', () => {
  it('climbs one rung at a time, may unpublish before going live, and never leaves ENDED', () => {
    expect(allowed(ROADSHOW_STATUSES, canMoveRoadshow)).toEqual([
      'DRAFT→PUBLISHED',
      'PUBLISHED→DRAFT',
      'PUBLISHED→LIVE',
      'LIVE→ENDED',
    ]);
  });

  it('refuses skipping and going back from a live or ended event', () => {
    expect(canMoveRoadshow(RoadshowStatus.DRAFT, RoadshowStatus.LIVE)).toBe(false);
    expect(canMoveRoadshow(RoadshowStatus.LIVE, RoadshowStatus.PUBLISHED)).toBe(false);
    expect(canMoveRoadshow(RoadshowStatus.ENDED, RoadshowStatus.DRAFT)).toBe(false);
    expect(canMoveRoadshow(RoadshowStatus.LIVE, RoadshowStatus.LIVE)).toBe(false);
  });
});

describe('canMoveSlot', () => {
  it('goes on stage, then done; a no-show from scheduled or on stage; DONE and NO_SHOW are final', () => {
    expect(allowed(SLOT_STATUSES, canMoveSlot)).toEqual([
      'SCHEDULED→ON_STAGE',
      'SCHEDULED→NO_SHOW',
      'ON_STAGE→DONE',
      'ON_STAGE→NO_SHOW',
    ]);
    expect(canMoveSlot(SlotStatus.SCHEDULED, SlotStatus.DONE)).toBe(false);
    expect(canMoveSlot(SlotStatus.DONE, SlotStatus.ON_STAGE)).toBe(false);
  });
});
