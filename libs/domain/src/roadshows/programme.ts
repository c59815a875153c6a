/**
 * The programme's slot positions: back to back from the start of the broadcast window, skipping the
 * explicit break windows and pausing for the periodic break, until every presenter has a position or the
 * window is full. Slack is left at the end of the window (a buffer for overruns).
 */
import type { Span } from './zones';
import { joinSpans } from './zones';

export interface Layout {
  /** Slot positions in programme order, at most `needed`. */
  positions: Span[];
  /** Explicit break windows clipped to the window, and the periodic breaks placed; joined and sorted. */
  breaks: Span[];
}

export interface LayoutInput {
  window: Span;
  slotMs: number;
  /** Slots wanted (one per presenter). */
  needed: number;
  /** Joined and sorted. */
  breakWindows: readonly Span[];
  every: { afterEverySlots: number; breakMs: number } | null;
}

export function layOutProgramme({ window, slotMs, needed, breakWindows, every }: LayoutInput): Layout {
  const positions: Span[] = [];
  const periodic: Span[] = [];
  let t = window.start;
  while (positions.length < needed && t + slotMs <= window.end) {
    const end = t + slotMs;
    const clash = breakWindows.find((b) => b.start < end && t < b.end);
    if (clash) {
      t = clash.end;
      continue;
    }
    positions.push({ start: t, end });
    t = end;
    if (every && positions.length % every.afterEverySlots === 0 && positions.length < needed) {
      periodic.push({ start: t, end: t + every.breakMs });
      t += every.breakMs;
    }
  }
  // A periodic break after which no slot fitted is no break in the programme.
  const lastPeriodic = periodic[periodic.length - 1];
  const lastSlot = positions[positions.length - 1];
  if (lastPeriodic && lastSlot && lastPeriodic.start >= lastSlot.end) periodic.pop();
  const clipped = breakWindows.map((b) => ({
    start: Math.max(b.start, window.start),
    end: Math.min(b.end, window.end),
  }));
  return { positions, breaks: joinSpans([...clipped, ...periodic]) };
}
