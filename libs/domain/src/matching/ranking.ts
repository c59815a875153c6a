/**
 * Recommendations: projects ranked for a partner, partners ranked for a project, by the match score, with
 * "not interested" exclusions and a deterministic order.
 */
import {
  MATCH_REASON_CODES,
  scoreMatch,
  type MatchOptions,
  type MatchPartner,
  type MatchProject,
  type MatchScore,
} from './match-score';

export interface RankedMatch extends MatchScore {
  partnerId: string;
  projectId: string;
}

export interface RankOptions extends MatchOptions {
  /**
   * Ids to leave out: for `rankMatches` the projects the partner marked "not interested"; for
   * `rankPartners` the partners that marked this project "not interested".
   */
  notInterested?: Iterable<string> | null;
  /** Leave out matches scoring below this. */
  minScore?: number;
  /** At most this many results. */
  limit?: number;
}

const points = (m: MatchScore, code: string): number => m.reasons.find((r) => r.code === code)?.points ?? 0;

/**
 * The order of recommendations: the higher score first; on equal scores the higher points reason by reason
 * in `MATCH_REASON_CODES` order (sector first), then the id of the other side (code-unit order).
 */
function compare(a: RankedMatch, b: RankedMatch, key: (m: RankedMatch) => string): number {
  if (a.score !== b.score) return b.score - a.score;
  for (const code of MATCH_REASON_CODES) {
    const d = points(b, code) - points(a, code);
    if (d) return d;
  }
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function finish(
  matches: RankedMatch[],
  options: RankOptions,
  key: (m: RankedMatch) => string,
): RankedMatch[] {
  const kept = matches.filter((m) => options.minScore == null || m.score >= options.minScore);
  kept.sort((a, b) => compare(a, b, key));
  return options.limit != null ? kept.slice(0, Math.max(0, options.limit)) : kept;
}

/** The projects recommended to a partner, best first, without those it marked "not interested". */
export function rankMatches(
  partner: MatchPartner,
  projects: readonly MatchProject[],
  options: RankOptions = {},
): RankedMatch[] {
  const hidden = new Set(options.notInterested ?? []);
  const matches = projects
    .filter((p) => !hidden.has(p.id))
    .map((p) => ({ partnerId: partner.id, projectId: p.id, ...scoreMatch(partner, p, options) }));
  return finish(matches, options, (m) => m.projectId);
}

/** The partners recommended for a project, best first, without those that marked it "not interested". */
export function rankPartners(
  project: MatchProject,
  partners: readonly MatchPartner[],
  options: RankOptions = {},
): RankedMatch[] {
  const hidden = new Set(options.notInterested ?? []);
  const matches = partners
    .filter((p) => !hidden.has(p.id))
    .map((p) => ({ partnerId: p.id, projectId: project.id, ...scoreMatch(p, project, options) }));
  return finish(matches, options, (m) => m.partnerId);
}
