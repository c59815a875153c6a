import fc from 'fast-check';
import { DateTime } from 'luxon';
import { SlotDelivery, SlotReason } from './enums';
import { planRoadshow } from './planner';
import { expectedFit, MINUTE, ms, planInputs } from './testing';
import type { RoadshowPlanInput } from './types';

/** The 2026 changes the planner must get right (checked below against luxon's offsets). */
const TRANSITIONS = {
  usSpring: ms('2026-03-08T07:00:00Z'), // New York 02:00 EST → 03:00 EDT (Los Angeles three hours later)
  euSpring: ms('2026-03-29T01:00:00Z'), // London 01:00 GMT → 02:00 BST, Berlin 02:00 CET → 03:00 CEST
  usAutumn: ms('2026-11-01T06:00:00Z'), // New York 02:00 EDT → 01:00 EST
  auAutumn: ms('2026-04-04T16:00:00Z'), // Sydney 03:00 AEDT → 02:00 AEST (5 April local)
  auSpring: ms('2026-10-03T16:00:00Z'), // Sydney 02:00 AEST → 03:00 AEDT (4 October local)
};
const DST_ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Shanghai',
];

const one = (start: string, end: string, timeZone: string): RoadshowPlanInput => ({
  window: { start, end },
  displayTimeZone: 'Asia/Shanghai',
  slotMinutes: 12,
  presenters: [{ projectId: 'p', timeZone }],
});
const slotOf = (input: RoadshowPlanInput) => planRoadshow(input).slots[0];

describe('planRoadshow across daylight-saving changes', () => {
  it('knows the 2026 transitions', () => {
    const offset = (zone: string, t: number) => DateTime.fromMillis(t, { zone }).offset;
    expect([
      offset('America/New_York', TRANSITIONS.usSpring - 1),
      offset('America/New_York', TRANSITIONS.usSpring),
    ]).toEqual([-300, -240]);
    expect([
      offset('Europe/London', TRANSITIONS.euSpring - 1),
      offset('Europe/London', TRANSITIONS.euSpring),
    ]).toEqual([0, 60]);
    expect([
      offset('America/New_York', TRANSITIONS.usAutumn - 1),
      offset('America/New_York', TRANSITIONS.usAutumn),
    ]).toEqual([-240, -300]);
    expect([
      offset('Australia/Sydney', TRANSITIONS.auAutumn - 1),
      offset('Australia/Sydney', TRANSITIONS.auAutumn),
    ]).toEqual([660, 600]);
    expect([
      offset('Australia/Sydney', TRANSITIONS.auSpring - 1),
      offset('Australia/Sydney', TRANSITIONS.auSpring),
    ]).toEqual([600, 660]);
  });

  it.each([
    [
      'New York, before the US change',
      '2026-03-06T12:00:00Z',
      'America/New_York',
      '07:00',
      SlotDelivery.PRERECORDED,
    ],
    ['New York, after the US change', '2026-03-09T12:00:00Z', 'America/New_York', '08:00', SlotDelivery.LIVE],
    ['Berlin, before the EU change', '2026-03-27T07:00:00Z', 'Europe/Berlin', '08:00', SlotDelivery.LIVE],
    ['Berlin, after the EU change', '2026-03-30T07:00:00Z', 'Europe/Berlin', '09:00', SlotDelivery.LIVE],
    [
      'New York, before the November change',
      '2026-10-30T12:00:00Z',
      'America/New_York',
      '08:00',
      SlotDelivery.LIVE,
    ],
    [
      'New York, after the November change',
      '2026-11-02T12:00:00Z',
      'America/New_York',
      '07:00',
      SlotDelivery.PRERECORDED,
    ],
    [
      'Sydney, before the April change',
      '2026-04-02T21:00:00Z',
      'Australia/Sydney',
      '08:00',
      SlotDelivery.LIVE,
    ],
    [
      'Sydney, after the April change',
      '2026-04-06T21:00:00Z',
      'Australia/Sydney',
      '07:00',
      SlotDelivery.PRERECORDED,
    ],
    [
      'Sydney, before the October change',
      '2026-10-01T21:00:00Z',
      'Australia/Sydney',
      '07:00',
      SlotDelivery.PRERECORDED,
    ],
    [
      'Sydney, after the October change',
      '2026-10-05T21:00:00Z',
      'Australia/Sydney',
      '08:00',
      SlotDelivery.LIVE,
    ],
  ])('%s: %s in %s is %s local, so %s', (_, start, zone, local, delivery) => {
    const slot = slotOf(one(start, new Date(ms(start) + 30 * MINUTE).toISOString(), zone));
    expect(slot.explanation.local).toBe(local);
    expect(slot.delivery).toBe(delivery);
  });

  it('reads the preferred hours on the local date: 09:00 EDT is preferred, 08:00 EST only acceptable', () => {
    expect(
      slotOf(one('2026-10-30T13:00:00Z', '2026-10-30T14:00:00Z', 'America/New_York')).explanation.code,
    ).toBe(SlotReason.PREFERRED_HOURS);
    expect(
      slotOf(one('2026-11-02T13:00:00Z', '2026-11-02T14:00:00Z', 'America/New_York')).explanation.code,
    ).toBe(SlotReason.ACCEPTABLE_HOURS);
  });

  it('keeps a slot that spans the London spring change 12 minutes long, 00:54 GMT to 02:06 BST', () => {
    const plan = planRoadshow({
      ...one('2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', 'Europe/London'),
      presenters: ['a', 'b', 'c'].map((projectId) => ({ projectId, timeZone: 'Europe/London' })),
    });
    expect(plan.slots.map((s) => [s.start, s.end, s.localStart, s.localEnd])).toEqual([
      [
        '2026-03-29T00:30:00.000Z',
        '2026-03-29T00:42:00.000Z',
        '2026-03-29T00:30:00+00:00',
        '2026-03-29T00:42:00+00:00',
      ],
      [
        '2026-03-29T00:42:00.000Z',
        '2026-03-29T00:54:00.000Z',
        '2026-03-29T00:42:00+00:00',
        '2026-03-29T00:54:00+00:00',
      ],
      [
        '2026-03-29T00:54:00.000Z',
        '2026-03-29T01:06:00.000Z',
        '2026-03-29T00:54:00+00:00',
        '2026-03-29T02:06:00+01:00',
      ],
    ]);
  });

  it('keeps a slot in the repeated Sydney hour 12 minutes long, though it ends "before" it starts locally', () => {
    const slot = slotOf(one('2026-04-04T15:54:00Z', '2026-04-04T16:30:00Z', 'Australia/Sydney'));
    expect([slot.localStart, slot.localEnd]).toEqual([
      '2026-04-05T02:54:00+11:00',
      '2026-04-05T02:06:00+10:00',
    ]);
    expect(ms(slot.end) - ms(slot.start)).toBe(12 * MINUTE);
  });

  it('reports luxon local times and exact UTC lengths for windows in every transition week', () => {
    const nearTransition = fc
      .tuple(
        fc.constantFrom(...Object.values(TRANSITIONS)),
        fc.integer({ min: -4 * 24 * 60, max: 3 * 24 * 60 }),
      )
      .map(([t, minutes]) => t + minutes * MINUTE);
    const straddling = fc
      .tuple(fc.constantFrom(...Object.values(TRANSITIONS)), fc.integer({ min: 1, max: 300 }))
      .map(([t, minutes]) => t - minutes * MINUTE);
    const inputs = planInputs({
      start: fc.oneof(nearTransition, straddling),
      zones: DST_ZONES,
      maxPresenters: 8,
    });
    fc.assert(
      fc.property(inputs, (input) => {
        const plan = planRoadshow(input);
        const every = input.breaks?.every;
        plan.slots.forEach((slot, k) => {
          const [start, end] = [ms(slot.start), ms(slot.end)];
          expect(end - start).toBe(input.slotMinutes * MINUTE);
          const opts = { suppressMilliseconds: true };
          expect(slot.localStart).toBe(DateTime.fromMillis(start, { zone: slot.timeZone }).toISO(opts));
          expect(slot.localEnd).toBe(DateTime.fromMillis(end, { zone: slot.timeZone }).toISO(opts));
          expect(slot.displayStart).toBe(
            DateTime.fromMillis(start, { zone: input.displayTimeZone }).toISO(opts),
          );
          const presenter = input.presenters.find((p) => p.projectId === slot.projectId);
          if (!presenter) throw new Error('unknown presenter');
          const live = expectedFit(start, end, presenter).acceptable;
          expect(slot.delivery).toBe(live ? SlotDelivery.LIVE : SlotDelivery.PRERECORDED);
          if (every && k > 0 && k % every.afterEverySlots === 0 && !input.breaks?.windows?.length)
            expect(start - ms(plan.slots[k - 1].end)).toBe(every.minutes * MINUTE);
        });
        for (const b of plan.breaks) expect(ms(b.end)).toBeGreaterThan(ms(b.start));
      }),
      { numRuns: 150 },
    );
  });
});
