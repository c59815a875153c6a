/**
 * Manual ordering: the server keeps the organiser's order as a list of project ids and calls
 * `planRoadshow` again with it after every move.
 */
/**
 * The order with `projectId` moved to `toIndex` (0-based, clamped to the list); the others keep their
 * relative order. Pure: returns a new array. Throws `RangeError` for an id not in the order or an index
 * that is not a whole number.
 */
export function moveSlot(order: readonly string[], projectId: string, toIndex: number): string[] {
  const from = order.indexOf(projectId);
  if (from < 0) throw new RangeError(`${projectId} is not in the order`);
  if (!Number.isInteger(toIndex)) throw new RangeError(`not a position: ${toIndex}`);
  const to = Math.min(Math.max(toIndex, 0), order.length - 1);
  const rest = order.filter((_, i) => i !== from);
  return [...rest.slice(0, to), projectId, ...rest.slice(to)];
}

/**
 * A plan's order as a manual order: its slots, then the projects the window could not hold. Takes a plan,
 * or stored slots in programme order.
 */
export function planOrder(plan: {
  slots: readonly { projectId: string }[];
  unplaced: readonly string[];
}): string[] {
  return [...plan.slots.map((s) => s.projectId), ...plan.unplaced];
}
