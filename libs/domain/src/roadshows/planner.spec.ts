import { PlanInputProblemCode, RoadshowPlanInputError, checkPlanInput } from './check';
import { PlanMode, PlanWarningCode, SlotDelivery, SlotFit, SlotReason } from './enums';
import { moveSlot, planOrder } from './order';
import { planRoadshow } from './planner';
import type { RoadshowPlan, RoadshowPlanInput } from './types';

/** The reference roadshow: 12 projects from 8 countries in one 3-hour online session. */
const PRESENTERS = [
  ['us-la', 'America/Los_Angeles'],
  ['us-ny', 'America/New_York'],
  ['ca-to', 'America/Toronto'],
  ['gb-lon', 'Europe/London'],
  ['de-ber', 'Europe/Berlin'],
  ['de-muc', 'Europe/Berlin'],
  ['sg-sin', 'Asia/Singapore'],
  ['jp-tyo', 'Asia/Tokyo'],
  ['au-syd', 'Australia/Sydney'],
  ['cn-sha', 'Asia/Shanghai'],
  ['cn-szx', 'Asia/Shanghai'],
  ['cn-wuh', 'Asia/Shanghai'],
] as const;

const reference = (more: Partial<RoadshowPlanInput> = {}): RoadshowPlanInput => ({
  window: { start: '2026-12-10T12:00:00Z', end: '2026-12-10T15:00:00Z' },
  displayTimeZone: 'Asia/Shanghai',
  slotMinutes: 12,
  breaks: { every: { afterEverySlots: 6, minutes: 10 } },
  presenters: PRESENTERS.map(([projectId, timeZone]) => ({ projectId, timeZone })),
  ...more,
});

const table = (plan: RoadshowPlan) =>
  plan.slots.map((s) => [
    s.order,
    s.projectId,
    s.start.slice(11, 16),
    s.explanation.local,
    s.delivery,
    s.explanation.code,
  ]);

const { LIVE, PRERECORDED } = SlotDelivery;
const { PREFERRED_HOURS, ACCEPTABLE_HOURS, AVAILABILITY, PRERECORDED_NO_ACCEPTABLE_TIME } = SlotReason;

describe('planRoadshow: the reference scenario', () => {
  const plan = planRoadshow(reference());

  it('puts Asia first (evening there), then Europe, America last; Los Angeles and Sydney pre-record', () => {
    expect(table(plan)).toEqual([
      [1, 'cn-sha', '12:00', '20:00', LIVE, ACCEPTABLE_HOURS],
      [2, 'cn-szx', '12:12', '20:12', LIVE, ACCEPTABLE_HOURS],
      [3, 'cn-wuh', '12:24', '20:24', LIVE, ACCEPTABLE_HOURS],
      [4, 'jp-tyo', '12:36', '21:36', LIVE, ACCEPTABLE_HOURS],
      [5, 'sg-sin', '12:48', '20:48', LIVE, ACCEPTABLE_HOURS],
      [6, 'au-syd', '13:00', '00:00', PRERECORDED, PRERECORDED_NO_ACCEPTABLE_TIME],
      [7, 'de-ber', '13:22', '14:22', LIVE, PREFERRED_HOURS],
      [8, 'de-muc', '13:34', '14:34', LIVE, PREFERRED_HOURS],
      [9, 'gb-lon', '13:46', '13:46', LIVE, PREFERRED_HOURS],
      [10, 'us-la', '13:58', '05:58', PRERECORDED, PRERECORDED_NO_ACCEPTABLE_TIME],
      [11, 'ca-to', '14:10', '09:10', LIVE, PREFERRED_HOURS],
      [12, 'us-ny', '14:22', '09:22', LIVE, PREFERRED_HOURS],
    ]);
    expect(plan.summary).toEqual({ live: 10, prerecorded: 2, preferred: 5, unplaced: 0 });
    expect(plan.mode).toBe(PlanMode.OPTIMISED);
  });

  it('takes the 10-minute break after six slots and shows it in the display zone', () => {
    expect(plan.breaks).toEqual([
      {
        start: '2026-12-10T13:12:00.000Z',
        end: '2026-12-10T13:22:00.000Z',
        displayStart: '2026-12-10T21:12:00+08:00',
        displayEnd: '2026-12-10T21:22:00+08:00',
      },
    ]);
  });

  it('reports local and display times with the offsets of the day', () => {
    const slot = (id: string) => plan.slots.find((s) => s.projectId === id);
    expect(slot('au-syd')).toMatchObject({
      start: '2026-12-10T13:00:00.000Z',
      end: '2026-12-10T13:12:00.000Z',
      localStart: '2026-12-11T00:00:00+11:00',
      localEnd: '2026-12-11T00:12:00+11:00',
      timeZone: 'Australia/Sydney',
      displayStart: '2026-12-10T21:00:00+08:00',
      explanation: {
        code: PRERECORDED_NO_ACCEPTABLE_TIME,
        fit: SlotFit.OUTSIDE_ACCEPTABLE_HOURS,
        local: '00:00',
      },
    });
    expect(slot('us-ny')?.localStart).toBe('2026-12-10T09:22:00-05:00');
  });

  it('warns about the evening and night slots, in programme order', () => {
    expect(plan.warnings.map((w) => [w.code, 'projectId' in w ? w.projectId : null])).toEqual([
      ...['cn-sha', 'cn-szx', 'cn-wuh', 'jp-tyo', 'sg-sin'].map((id) => [
        PlanWarningCode.OUTSIDE_PREFERRED_HOURS,
        id,
      ]),
      [PlanWarningCode.OUTSIDE_ACCEPTABLE_HOURS, 'au-syd'],
      [PlanWarningCode.OUTSIDE_ACCEPTABLE_HOURS, 'us-la'],
    ]);
    expect(plan.warnings[5].message).toBe(
      'au-syd (slot 6) at 00:00 Australia/Sydney is outside 08:00–22:00 local: pre-recorded',
    );
  });

  it('is the same plan, with the same fingerprint, for the presenters in reverse', () => {
    const again = planRoadshow(reference({ presenters: [...reference().presenters].reverse() }));
    expect(again).toEqual(plan);
    expect(plan.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('lets Los Angeles pitch live in an availability window it gave (05:58 local)', () => {
    const presenters = reference().presenters.map((p) =>
      p.projectId === 'us-la'
        ? { ...p, availability: [{ start: '2026-12-10T13:50:00Z', end: '2026-12-10T14:15:00-00:00' }] }
        : p,
    );
    const withWindow = planRoadshow(reference({ presenters }));
    const la = withWindow.slots.find((s) => s.projectId === 'us-la');
    expect(la).toMatchObject({
      delivery: LIVE,
      explanation: { code: AVAILABILITY, fit: SlotFit.AVAILABLE, local: '05:58' },
    });
    expect(withWindow.summary.live).toBe(11);
    expect(withWindow.fingerprint).not.toBe(plan.fingerprint);
  });
});

describe('planRoadshow: manual order', () => {
  const optimised = planRoadshow(reference());

  it('keeps the order it is given, recomputes the times and warns instead of reordering', () => {
    const order = moveSlot(planOrder(optimised), 'us-ny', 0);
    const plan = planRoadshow(reference({ order }));
    expect(plan.mode).toBe(PlanMode.MANUAL);
    expect(plan.slots.map((s) => s.projectId)).toEqual(order);
    expect(plan.slots[0]).toMatchObject({
      projectId: 'us-ny',
      start: '2026-12-10T12:00:00.000Z',
      localStart: '2026-12-10T07:00:00-05:00',
      delivery: PRERECORDED,
      explanation: { code: SlotReason.MANUAL_ORDER, fit: SlotFit.OUTSIDE_ACCEPTABLE_HOURS, local: '07:00' },
    });
    expect(plan.slots.every((s) => s.explanation.code === SlotReason.MANUAL_ORDER)).toBe(true);
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({
        code: PlanWarningCode.OUTSIDE_ACCEPTABLE_HOURS,
        projectId: 'us-ny',
        order: 1,
      }),
    );
    expect(plan.warnings.at(-1)).toMatchObject({
      code: PlanWarningCode.LIVE_BELOW_OPTIMUM,
      live: 9,
      optimum: 10,
    });
  });

  it('adds presenters the order leaves out at the end, by project id, with a warning', () => {
    const plan = planRoadshow(reference({ order: ['us-ny', 'gb-lon'] }));
    expect(plan.slots.slice(0, 4).map((s) => s.projectId)).toEqual(['us-ny', 'gb-lon', 'au-syd', 'ca-to']);
    expect(plan.warnings.filter((w) => w.code === PlanWarningCode.NOT_IN_ORDER)).toHaveLength(10);
  });
});

describe('planRoadshow: breaks, short windows, edge cases', () => {
  it('skips explicit break windows, also ones that do not line up with the slots', () => {
    const plan = planRoadshow(
      reference({
        presenters: reference().presenters.slice(3, 8),
        breaks: { windows: [{ start: '2026-12-10T12:30:00Z', end: '2026-12-10T12:40:00Z' }] },
      }),
    );
    expect(plan.slots.map((s) => s.start.slice(11, 16))).toEqual([
      '12:00',
      '12:12',
      '12:40',
      '12:52',
      '13:04',
    ]);
    expect(plan.breaks.map((b) => [b.start, b.end])).toEqual([
      ['2026-12-10T12:30:00.000Z', '2026-12-10T12:40:00.000Z'],
    ]);
  });

  it('leaves out who the window cannot hold: the planner keeps those who can pitch live', () => {
    const plan = planRoadshow(
      reference({ window: { start: '2026-12-10T12:00:00Z', end: '2026-12-10T13:00:00Z' } }),
    );
    expect(plan.slots).toHaveLength(5);
    expect(plan.summary).toEqual({ live: 5, prerecorded: 0, preferred: 3, unplaced: 7 });
    // Five positions: London and both Berlin pitches (preferred hours there) and the two Shanghai pitches
    // that come first by id; Tokyo's evening is later than Shanghai's, so it yields first.
    expect(plan.slots.map((s) => s.projectId)).toEqual(['cn-sha', 'cn-szx', 'de-ber', 'de-muc', 'gb-lon']);
    expect(plan.unplaced).toEqual(['au-syd', 'ca-to', 'cn-wuh', 'jp-tyo', 'sg-sin', 'us-la', 'us-ny']);
    expect(plan.warnings.at(-1)).toMatchObject({
      code: PlanWarningCode.WINDOW_TOO_SHORT,
      needed: 12,
      fits: 5,
    });
    expect(plan.breaks).toEqual([]); // the periodic break would come after the sixth slot
  });

  it('leaves out the end of a manual order when the window is too short', () => {
    const order = PRESENTERS.map(([id]) => id);
    const plan = planRoadshow(
      reference({ order, window: { start: '2026-12-10T12:00:00Z', end: '2026-12-10T13:00:00Z' } }),
    );
    expect(plan.unplaced).toEqual(order.slice(5));
    expect(planOrder(plan)).toEqual(order);
  });

  it('gives PRERECORDED_ACCEPTABLE_TIMES_TAKEN to the presenter left without one of the few good slots', () => {
    const presenters = ['t1', 't2', 't3'].map((projectId) => ({ projectId, timeZone: 'Asia/Tokyo' }));
    const plan = planRoadshow({
      window: { start: '2026-12-10T12:30:00Z', end: '2026-12-10T13:30:00Z' },
      displayTimeZone: 'Asia/Tokyo',
      slotMinutes: 12,
      presenters,
    });
    expect(table(plan)).toEqual([
      [1, 't1', '12:30', '21:30', LIVE, ACCEPTABLE_HOURS],
      [2, 't2', '12:42', '21:42', LIVE, ACCEPTABLE_HOURS],
      [3, 't3', '12:54', '21:54', PRERECORDED, SlotReason.PRERECORDED_ACCEPTABLE_TIMES_TAKEN],
    ]);
  });

  it('plans nothing for no presenters', () => {
    expect(planRoadshow(reference({ presenters: [] }))).toMatchObject({
      slots: [],
      warnings: [],
      unplaced: [],
    });
  });
});

describe('checkPlanInput', () => {
  it('names every problem, and planRoadshow throws them', () => {
    const input = reference({
      window: { start: '2026-12-10T12:00:00', end: '2026-12-10T11:00:00Z' },
      displayTimeZone: 'China/Beijing',
      slotMinutes: 0,
      breaks: { every: { afterEverySlots: 0, minutes: 10 } },
      presenters: [
        { projectId: 'a', timeZone: 'Asia/Tokyo' },
        { projectId: 'a', timeZone: 'UTC+8' },
      ],
      order: ['a', 'b', 'a'],
    });
    const codes = checkPlanInput(input).map((p) => [p.code, p.field]);
    expect(codes).toEqual([
      [PlanInputProblemCode.INVALID_INSTANT, 'window.start'],
      [PlanInputProblemCode.INVALID_TIME_ZONE, 'displayTimeZone'],
      [PlanInputProblemCode.INVALID_SLOT_LENGTH, 'slotMinutes'],
      [PlanInputProblemCode.INVALID_BREAK, 'breaks.every.afterEverySlots'],
      [PlanInputProblemCode.DUPLICATE_PROJECT, 'presenters[1].projectId'],
      [PlanInputProblemCode.INVALID_TIME_ZONE, 'presenters[1].timeZone'],
      [PlanInputProblemCode.UNKNOWN_ORDER_PROJECT, 'order[1]'],
      [PlanInputProblemCode.DUPLICATE_ORDER_PROJECT, 'order[2]'],
    ]);
    expect(() => planRoadshow(input)).toThrow(RoadshowPlanInputError);
    expect(checkPlanInput(reference())).toEqual([]);
  });

  it('rejects an empty window and more presenters than the planner takes', () => {
    const presenters = Array.from({ length: 21 }, (_, i) => ({ projectId: `p${i}`, timeZone: 'UTC' }));
    const input = reference({
      window: { start: '2026-12-10T12:00:00Z', end: '2026-12-10T20:00:00+08:00' },
      presenters,
    });
    expect(checkPlanInput(input).map((p) => p.code)).toEqual([
      PlanInputProblemCode.EMPTY_INTERVAL,
      PlanInputProblemCode.TOO_MANY_PRESENTERS,
    ]);
  });
});
