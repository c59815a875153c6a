import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { PlanMode, PlanWarningCode, SlotDelivery, SlotReason } from './enums';
import { moveSlot, planOrder } from './order';
import { planRoadshow } from './planner';
import {
  bruteForceBest,
  expectedFit,
  MINUTE,
  ms,
  planInputs,
  shuffled,
  startsNearBoundaries,
} from './testing';
import type { RoadshowPlan, RoadshowPlanInput } from './types';

const positionsOf = (plan: RoadshowPlan) => plan.slots.map((s) => ({ start: ms(s.start), end: ms(s.end) }));
const presenterOf = (input: RoadshowPlanInput, projectId: string) => {
  const presenter = input.presenters.find((p) => p.projectId === projectId);
  if (!presenter) throw new Error(`no presenter ${projectId}`);
  return presenter;
};

/** The rules every plan keeps, optimised or manual. */
function expectWellFormed(input: RoadshowPlanInput, plan: RoadshowPlan): void {
  const windowStart = ms(input.window.start);
  const windowEnd = ms(input.window.end);
  const breakWindows = (input.breaks?.windows ?? []).map((b) => [ms(b.start), ms(b.end)]);
  const every = input.breaks?.every;
  plan.slots.forEach((slot, k) => {
    const [start, end] = [ms(slot.start), ms(slot.end)];
    expect(slot.order).toBe(k + 1);
    expect(end - start).toBe(input.slotMinutes * MINUTE);
    expect(start).toBeGreaterThanOrEqual(windowStart);
    expect(end).toBeLessThanOrEqual(windowEnd);
    for (const [bs, be] of breakWindows) expect(end <= bs || start >= be).toBe(true);
    if (k > 0) {
      const gap = start - ms(plan.slots[k - 1].end);
      expect(gap).toBeGreaterThanOrEqual(
        every && k % every.afterEverySlots === 0 ? every.minutes * MINUTE : 0,
      );
    }
    // The local times are luxon's reading of the same instant, with the zone's offset at that instant.
    for (const [text, t] of [
      [slot.localStart, start],
      [slot.localEnd, end],
    ] as const) {
      const local = DateTime.fromISO(text, { setZone: true });
      expect(local.toMillis()).toBe(t);
      expect(local.offset).toBe(IANAZone.create(slot.timeZone).offset(t));
    }
    const fit = expectedFit(start, end, presenterOf(input, slot.projectId));
    expect(slot.delivery).toBe(fit.acceptable ? SlotDelivery.LIVE : SlotDelivery.PRERECORDED);
  });
  for (const b of plan.breaks)
    for (const slot of plan.slots)
      expect(ms(slot.end) <= ms(b.start) || ms(slot.start) >= ms(b.end)).toBe(true);
  const everyone = [...plan.slots.map((s) => s.projectId), ...plan.unplaced].sort();
  expect(everyone).toEqual(input.presenters.map((p) => p.projectId).sort());
  const tooShort = plan.warnings.filter((w) => w.code === PlanWarningCode.WINDOW_TOO_SHORT);
  expect(tooShort).toHaveLength(plan.unplaced.length ? 1 : 0);
  expect(plan.summary.live + plan.summary.prerecorded).toBe(plan.slots.length);
}

describe('planRoadshow properties', () => {
  it('keeps slots apart, inside the window, off the breaks, exact in length and read in the right zone', () => {
    fc.assert(
      fc.property(planInputs(), (input) => {
        expectWellFormed(input, planRoadshow(input));
      }),
      { numRuns: 150 },
    );
  });

  const bruteForceAgrees = (input: RoadshowPlanInput) => {
    const plan = planRoadshow(input);
    const placed = plan.slots.map((s) =>
      expectedFit(ms(s.start), ms(s.end), presenterOf(input, s.projectId)),
    );
    const counts = [placed.filter((f) => f.acceptable).length, placed.filter((f) => f.preferred).length];
    expect(counts).toEqual(bruteForceBest(input.presenters, positionsOf(plan)));
    expect([plan.summary.live, plan.summary.preferred]).toEqual(counts);
  };

  it('puts as many presenters at acceptable times, then preferred ones, as any assignment can (n ≤ 6)', () => {
    fc.assert(fc.property(planInputs({ maxPresenters: 6 }), bruteForceAgrees), { numRuns: 120 });
  });

  it('does so too when few zones compete for the same hours (n ≤ 6)', () => {
    const zones = ['Asia/Tokyo', 'Europe/London', 'America/New_York'];
    const contested = planInputs({
      maxPresenters: 6,
      zones,
      start: startsNearBoundaries(zones),
      maxMinutes: 120,
    });
    fc.assert(fc.property(contested, bruteForceAgrees), { numRuns: 150 });
  });

  it('says NO_ACCEPTABLE_TIME only when no slot of the programme was acceptable for the presenter', () => {
    fc.assert(
      fc.property(planInputs(), (input) => {
        const plan = planRoadshow(input);
        const positions = positionsOf(plan);
        for (const slot of plan.slots) {
          const presenter = presenterOf(input, slot.projectId);
          const anyAcceptable = positions.some((p) => expectedFit(p.start, p.end, presenter).acceptable);
          if (slot.explanation.code === SlotReason.PRERECORDED_NO_ACCEPTABLE_TIME)
            expect(anyAcceptable).toBe(false);
          if (slot.explanation.code === SlotReason.PRERECORDED_ACCEPTABLE_TIMES_TAKEN)
            expect(anyAcceptable).toBe(true);
        }
      }),
    );
  });

  it('gives the same plan for the same input, whatever order presenters, breaks and windows come in', () => {
    const withShuffles = planInputs().chain((input) =>
      fc.record({
        input: fc.constant(input),
        presenters: shuffled(input.presenters),
        windows: shuffled(input.breaks?.windows ?? []),
      }),
    );
    fc.assert(
      fc.property(withShuffles, ({ input, presenters, windows }) => {
        const plan = planRoadshow(input);
        expect(planRoadshow(structuredClone(input))).toEqual(plan);
        const reordered = {
          ...input,
          presenters: presenters.map((p) => ({
            ...p,
            availability: p.availability && [...p.availability].reverse(),
          })),
          breaks: { ...input.breaks, windows },
        };
        expect(planRoadshow(reordered)).toEqual(plan);
      }),
      { numRuns: 80 },
    );
  });

  it('keeps a manual order, on the same slot times, and warns about every pre-recorded slot', () => {
    const withOrder = planInputs().chain((input) =>
      fc.record({
        input: fc.constant(input),
        order: fc.shuffledSubarray(input.presenters.map((p) => p.projectId)),
      }),
    );
    fc.assert(
      fc.property(withOrder, ({ input, order }) => {
        const optimised = planRoadshow(input);
        const manual = planRoadshow({ ...input, order });
        expectWellFormed(input, manual);
        expect(manual.mode).toBe(PlanMode.MANUAL);
        const missing = input.presenters.map((p) => p.projectId).filter((id) => !order.includes(id));
        expect(planOrder(manual)).toEqual([...order, ...missing.sort((a, b) => (a < b ? -1 : 1))]);
        expect(positionsOf(manual)).toEqual(positionsOf(optimised));
        expect(manual.slots.every((s) => s.explanation.code === SlotReason.MANUAL_ORDER)).toBe(true);
        const slotWarnings = new Set([
          PlanWarningCode.OUTSIDE_ACCEPTABLE_HOURS,
          PlanWarningCode.NOT_AVAILABLE,
        ]);
        const warned = manual.warnings
          .filter((w) => slotWarnings.has(w.code))
          .map((w) => 'projectId' in w && w.projectId);
        expect(warned).toEqual(
          manual.slots.filter((s) => s.delivery === SlotDelivery.PRERECORDED).map((s) => s.projectId),
        );
        const belowOptimum = manual.warnings.some((w) => w.code === PlanWarningCode.LIVE_BELOW_OPTIMUM);
        expect(belowOptimum).toBe(manual.summary.live < optimised.summary.live);
        expect(manual.summary.live).toBeLessThanOrEqual(optimised.summary.live);
      }),
      { numRuns: 80 },
    );
  });
});

describe('moveSlot properties', () => {
  it('moves one project to the (clamped) index and keeps the others in their order', () => {
    const cases = fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 })
      .chain((order) =>
        fc.record({
          order: fc.constant(order),
          id: fc.constantFrom(...order),
          to: fc.integer({ min: -3, max: 15 }),
        }),
      );
    fc.assert(
      fc.property(cases, ({ order, id, to }) => {
        const moved = moveSlot(order, id, to);
        expect([...moved].sort()).toEqual([...order].sort());
        expect(moved.indexOf(id)).toBe(Math.min(Math.max(to, 0), order.length - 1));
        expect(moved.filter((x) => x !== id)).toEqual(order.filter((x) => x !== id));
      }),
    );
  });
});
