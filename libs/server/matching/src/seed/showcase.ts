import { BidStatus, DealStage, IntentLevel, PartnerKind } from '@sixcan/domain';
import { Partner } from '../partner/partner.entity';

export interface SeedPair {
  partner: Partner;
  projectId: string;
  n: number;
}

/** What the demo logins find: set on the generated pairs by `${partnerId}:${projectId}`. */
export interface Showcase {
  /** The park the demo partner login acts for. */
  park: Partner | null;
  /** A project on the park's saved list. */
  savedProjectId: string | null;
  levels: Map<string, IntentLevel>;
  stages: Map<string, DealStage>;
  liveBids: Set<string>;
}

export const pairKey = (partnerId: string, projectId: string) => `${partnerId}:${projectId}`;

/**
 * Picks two parks whose deals carry no agreement (pairs `signed` and on) and that have intents (pairs before
 * `withIntents`), and points their first pair at the showcase project: both hold a live bid on it, so its
 * applicant has offers to compare. The first park is the demo partner's: a considering intent and a meeting
 * on the showcase project, a committed intent in due diligence on its other project, and a saved project.
 */
export function showcase(
  pairs: SeedPair[],
  partners: Partner[],
  projectIds: string[],
  bounds: { signed: number; withIntents: number },
): Showcase {
  const out: Showcase = {
    park: null,
    savedProjectId: null,
    levels: new Map(),
    stages: new Map(),
    liveBids: new Set(),
  };
  const target = projectIds[0];
  if (!target) return out;
  const pairsOf = (p: Partner) => pairs.filter((x) => x.partner.id === p.id);
  const eligible = partners.filter(
    (p) =>
      p.kind === PartnerKind.PARK &&
      pairs.some((x) => x.partner.id === p.id) &&
      pairs.every((x, i) => x.partner.id !== p.id || (i >= bounds.signed && i < bounds.withIntents)),
  );
  const [demo, rival] = eligible;
  for (const park of [demo, rival]) {
    if (!park) continue;
    const mine = pairsOf(park);
    const first = mine[0] as SeedPair;
    if (!mine.some((x) => x.projectId === target)) first.projectId = target;
    out.liveBids.add(pairKey(park.id, target));
  }
  if (!demo) return out;
  out.park = demo;
  for (const pair of pairsOf(demo)) {
    const key = pairKey(demo.id, pair.projectId);
    const onTarget = pair.projectId === target;
    out.levels.set(key, onTarget ? IntentLevel.CONSIDERING : IntentLevel.COMMITTED);
    out.stages.set(key, onTarget ? DealStage.MEETING : DealStage.DUE_DILIGENCE);
  }
  const followed = new Set(pairsOf(demo).map((x) => x.projectId));
  out.savedProjectId = projectIds.find((id) => !followed.has(id)) ?? null;
  return out;
}

export const liveStatus = (s: Showcase, pair: SeedPair, status: BidStatus) =>
  s.liveBids.has(pairKey(pair.partner.id, pair.projectId)) ? BidStatus.SUBMITTED : status;
