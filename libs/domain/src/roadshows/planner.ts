/**
 * The time-zone-aware roadshow planner. It lays the slots out from the start of the broadcast window
 * (skipping breaks), then gives each position a presenter so that as many as possible pitch live at an
 * acceptable local time (inside their availability windows, or 08:00–22:00 local), then as many as
 * possible inside 09:00–18:00 local. A presenter with no acceptable position left pitches PRERECORDED:
 * the recording plays in the slot. With a manual order the slots follow it and problems become warnings.
 * Pure and deterministic (see `docs/roadshows.md`).
 */
import { PlanMode, PlanWarningCode, SlotDelivery, SlotFit, SlotReason } from './enums';
import { fingerprintOf } from './fingerprint';
import { bestAssignment, fitScore } from './optimise';
import { layOutProgramme } from './programme';
import { type ReadPresenter, RoadshowPlanInputError, readPlanInput } from './check';
import type {
  PlannedBreak,
  PlannedSlot,
  PlanWarning,
  RoadshowPlan,
  RoadshowPlanInput,
  SlotWarningCode,
} from './types';
import { type Fit, type Span, evaluateFit, localClock, localIso, utcIso } from './zones';

const REASON_OF_FIT: Readonly<Record<SlotFit, SlotReason | null>> = {
  [SlotFit.PREFERRED_HOURS]: SlotReason.PREFERRED_HOURS,
  [SlotFit.ACCEPTABLE_HOURS]: SlotReason.ACCEPTABLE_HOURS,
  [SlotFit.AVAILABLE]: SlotReason.AVAILABILITY,
  [SlotFit.OUTSIDE_ACCEPTABLE_HOURS]: null,
  [SlotFit.NOT_AVAILABLE]: null,
};

/**
 * Plans a roadshow programme. Throws `RoadshowPlanInputError` (with every problem) for an input
 * `checkPlanInput` rejects.
 */
export function planRoadshow(input: RoadshowPlanInput): RoadshowPlan {
  const { problems, value } = readPlanInput(input);
  if (!value) throw new RoadshowPlanInputError(problems);
  const { presenters, order, displayTimeZone } = value;
  const { positions, breaks } = layOutProgramme({
    window: value.window,
    slotMs: value.slotMs,
    needed: presenters.length,
    breakWindows: value.breakWindows,
    every: value.every,
  });
  const cells: Cell[] = presenters.map((presenter) => ({
    presenter,
    fits: positions.map((slot) => evaluateFit(slot, presenter.timeZone, presenter.availability)),
  }));
  const optimal = bestAssignment(
    cells.map((c) => c.fits.map(fitScore)),
    positions.length,
  ).map((i) => must(cells[i]));
  const byId = new Map(cells.map((c) => [c.presenter.projectId, c]));
  // readPlanInput checked that the order names presenters only, each once.
  const assigned = order ? order.slice(0, positions.length).map((id) => must(byId.get(id))) : optimal;
  const unplaced = order
    ? order.slice(positions.length)
    : cells.filter((c) => !assigned.includes(c)).map((c) => c.presenter.projectId);

  const reasonFor = (cell: Cell, fit: Fit): SlotReason => {
    if (order) return SlotReason.MANUAL_ORDER;
    const reason = REASON_OF_FIT[fit.fit];
    if (reason) return reason;
    return cell.fits.some((f) => f.acceptable)
      ? SlotReason.PRERECORDED_ACCEPTABLE_TIMES_TAKEN
      : SlotReason.PRERECORDED_NO_ACCEPTABLE_TIME;
  };
  const programme = assigned.map((cell, j) => {
    const fit = must(cell.fits[j]);
    const slot = plannedSlot(
      cell.presenter,
      j,
      must(positions[j]),
      fit,
      reasonFor(cell, fit),
      displayTimeZone,
    );
    return { slot, fit };
  });
  const slots = programme.map((p) => p.slot);

  const warnings: PlanWarning[] = programme.flatMap((p) => slotWarnings(p.slot, p.fit));
  for (const projectId of value.notInOrder)
    warnings.push({
      code: PlanWarningCode.NOT_IN_ORDER,
      projectId,
      message: `${projectId} was not in the order; it comes after the ordered projects`,
    });
  if (unplaced.length)
    warnings.push({
      code: PlanWarningCode.WINDOW_TOO_SHORT,
      needed: presenters.length,
      fits: positions.length,
      unplaced,
      message: `the window holds ${positions.length} of ${presenters.length} slots; not placed: ${unplaced.join(', ')}`,
    });
  const live = programme.filter((p) => p.fit.acceptable).length;
  const optimum = optimal.filter((cell, j) => cell.fits[j]?.acceptable).length;
  if (order && live < optimum)
    warnings.push({
      code: PlanWarningCode.LIVE_BELOW_OPTIMUM,
      live,
      optimum,
      message: `${live} presenters pitch live in this order; the planner's order would have ${optimum}`,
    });

  const body = {
    mode: order ? PlanMode.MANUAL : PlanMode.OPTIMISED,
    slots,
    breaks: breaks.map((b) => instants(b, displayTimeZone)),
    unplaced,
    warnings,
    summary: {
      live,
      prerecorded: slots.length - live,
      preferred: programme.filter((p) => p.fit.preferred).length,
      unplaced: unplaced.length,
    },
  };
  return { ...body, fingerprint: fingerprintOf(body) };
}

/** A presenter and the fit of each slot position for them. */
interface Cell {
  presenter: ReadPresenter;
  fits: Fit[];
}

/** An element the planner indexes itself (positions, presenters, fits): never missing. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('roadshow planner: index out of range');
  return value;
}

function instants(span: Span, displayTimeZone: string): PlannedBreak {
  return {
    start: utcIso(span.start),
    end: utcIso(span.end),
    displayStart: localIso(span.start, displayTimeZone),
    displayEnd: localIso(span.end, displayTimeZone),
  };
}

function plannedSlot(
  presenter: ReadPresenter,
  position: number,
  span: Span,
  fit: Fit,
  code: SlotReason,
  displayTimeZone: string,
): PlannedSlot {
  const { start, end, displayStart, displayEnd } = instants(span, displayTimeZone);
  return {
    projectId: presenter.projectId,
    order: position + 1,
    start,
    end,
    localStart: localIso(span.start, presenter.timeZone),
    localEnd: localIso(span.end, presenter.timeZone),
    timeZone: presenter.timeZone,
    displayStart,
    displayEnd,
    delivery: fit.acceptable ? SlotDelivery.LIVE : SlotDelivery.PRERECORDED,
    explanation: { code, fit: fit.fit, local: localClock(span.start, presenter.timeZone) },
  };
}

const SLOT_WARNINGS: Partial<Record<SlotFit, { code: SlotWarningCode; problem: string }>> = {
  [SlotFit.ACCEPTABLE_HOURS]: {
    code: PlanWarningCode.OUTSIDE_PREFERRED_HOURS,
    problem: 'is outside 09:00–18:00 local',
  },
  [SlotFit.OUTSIDE_ACCEPTABLE_HOURS]: {
    code: PlanWarningCode.OUTSIDE_ACCEPTABLE_HOURS,
    problem: 'is outside 08:00–22:00 local: pre-recorded',
  },
  [SlotFit.NOT_AVAILABLE]: {
    code: PlanWarningCode.NOT_AVAILABLE,
    problem: "is outside the presenter's availability: pre-recorded",
  },
};

function slotWarnings(slot: PlannedSlot, fit: Fit): PlanWarning[] {
  const warning = SLOT_WARNINGS[fit.fit];
  if (!warning) return [];
  const { projectId, order, timeZone } = slot;
  const local = slot.explanation.local;
  const message = `${projectId} (slot ${order}) at ${local} ${timeZone} ${warning.problem}`;
  return [{ code: warning.code, projectId, order, local, message }];
}
