/**
 * The explainable match score between a partner and a project (0–100): a sum of reasons, each worth at most
 * its weight in `MATCH_WEIGHTS`, so the score is exactly the sum of the points its reasons list. Missing
 * data on either side gives 0 points and a reason that says what is missing.
 *
 * | reason              | investor | enterprise | park | full points when                                  |
 * |---------------------|---------:|-----------:|-----:|---------------------------------------------------|
 * | `SECTOR`            |       30 |         30 |   20 | the project's sector is one of the partner's       |
 * | `TRL`               |       20 |         20 |   10 | TRL inside the range; 1 off ⅔, 2 off ⅓, 3+ off 0    |
 * | `COOPERATION_MODES` |       15 |         20 |   10 | at least one mode sought is one the partner offers |
 * | `TICKET_SIZE`       |       20 |         15 |   10 | the ask (through the FX table) is inside the range; |
 * |                     |          |            |      | outside, linear down to 0 at half the min / twice the max |
 * | `REGION`            |       15 |         15 |   10 | the project's country is in one of the regions     |
 * | `CHAIN_FOCUS`       |        – |          – |   20 | a chain-focus keyword matches the sector/keywords  |
 * | `SPACE`             |        – |          – |   10 | the park has space available (m² > 0)              |
 * | `INCENTIVES`        |        – |          – |   10 | the park lists incentive policies                  |
 *
 * The last three are the park's landing fit; they are listed for parks only, and a park without available
 * space gets 0 on all three. Points are whole numbers (partial credit rounded half up).
 */
import type { CooperationMode } from '../intake';
import { PartnerKind } from './enums';
import { convertMinor, type FxTable } from './fx';
import { keywordMatches } from './keywords';
import { regionsCovering } from './regions';

export enum MatchReasonCode {
  SECTOR = 'SECTOR',
  TRL = 'TRL',
  COOPERATION_MODES = 'COOPERATION_MODES',
  TICKET_SIZE = 'TICKET_SIZE',
  REGION = 'REGION',
  CHAIN_FOCUS = 'CHAIN_FOCUS',
  SPACE = 'SPACE',
  INCENTIVES = 'INCENTIVES',
}
export const MATCH_REASON_CODES: readonly MatchReasonCode[] = Object.values(MatchReasonCode);
/** The reasons that make up a park's landing fit. */
export const LANDING_REASONS: readonly MatchReasonCode[] = [
  MatchReasonCode.CHAIN_FOCUS,
  MatchReasonCode.SPACE,
  MatchReasonCode.INCENTIVES,
];

/** The weight of each reason per partner kind; every kind's weights add up to 100. */
export const MATCH_WEIGHTS: Readonly<Record<PartnerKind, Readonly<Record<MatchReasonCode, number>>>> = {
  [PartnerKind.INVESTOR]: {
    SECTOR: 30,
    TRL: 20,
    COOPERATION_MODES: 15,
    TICKET_SIZE: 20,
    REGION: 15,
    CHAIN_FOCUS: 0,
    SPACE: 0,
    INCENTIVES: 0,
  },
  [PartnerKind.ENTERPRISE]: {
    SECTOR: 30,
    TRL: 20,
    COOPERATION_MODES: 20,
    TICKET_SIZE: 15,
    REGION: 15,
    CHAIN_FOCUS: 0,
    SPACE: 0,
    INCENTIVES: 0,
  },
  [PartnerKind.PARK]: {
    SECTOR: 20,
    TRL: 10,
    COOPERATION_MODES: 10,
    TICKET_SIZE: 10,
    REGION: 10,
    CHAIN_FOCUS: 20,
    SPACE: 10,
    INCENTIVES: 10,
  },
};

/** How a reason came out, for the UI to word it in the reader's language. */
export enum ReasonOutcome {
  MATCH = 'MATCH',
  PARTIAL = 'PARTIAL',
  NO_MATCH = 'NO_MATCH',
  /** Data missing on either side (or no FX rate): 0 points. */
  MISSING = 'MISSING',
}

export interface MatchReason {
  code: MatchReasonCode;
  weight: number;
  points: number;
  outcome: ReasonOutcome;
  /** Why, in plain English. */
  detail: string;
}

export interface MatchScore {
  /** 0–100, the sum of the reasons' points. */
  score: number;
  reasons: MatchReason[];
}

/** What the score reads from a partner. Money in minor units of `ticketCurrency`. */
export interface MatchPartner {
  id: string;
  kind: PartnerKind;
  sectors?: readonly string[] | null;
  trlMin?: number | null;
  trlMax?: number | null;
  cooperationModes?: readonly CooperationMode[] | null;
  ticketMinMinor?: bigint | null;
  ticketMaxMinor?: bigint | null;
  ticketCurrency?: string | null;
  /** ISO 3166-1 country codes, region codes from `REGIONS`, or `WORLD`. */
  regions?: readonly string[] | null;
  /** Parks: the industrial chains they build (keywords or sector codes). */
  chainFocus?: readonly string[] | null;
  /** Parks: space available to a landing project. */
  availableSpaceM2?: number | null;
  /** Parks: incentive policies on offer (titles). */
  incentives?: readonly string[] | null;
}

/** What the score reads from a project. Money in minor units of `fundingCurrency`. */
export interface MatchProject {
  id: string;
  sectorCode?: string | null;
  /** Further words for chain focus: sector names, tags, title words. */
  keywords?: readonly string[] | null;
  trl?: number | null;
  cooperationModes?: readonly CooperationMode[] | null;
  fundingAmountMinor?: bigint | null;
  fundingCurrency?: string | null;
  country?: string | null;
}

export interface MatchOptions {
  /** Needed to compare a funding ask with a ticket size in another currency. */
  fx?: FxTable | null;
}

const share = (weight: number, fraction: number): number =>
  Math.round(weight * Math.min(1, Math.max(0, fraction)));
const list = <T>(xs: readonly T[] | null | undefined): readonly T[] => xs ?? [];

type Verdict = { fraction: number; outcome: ReasonOutcome; detail: string };
const missing = (detail: string): Verdict => ({ fraction: 0, outcome: ReasonOutcome.MISSING, detail });
const hit = (detail: string): Verdict => ({ fraction: 1, outcome: ReasonOutcome.MATCH, detail });
const miss = (detail: string): Verdict => ({ fraction: 0, outcome: ReasonOutcome.NO_MATCH, detail });

function sector(partner: MatchPartner, project: MatchProject): Verdict {
  const sectors = list(partner.sectors);
  if (!sectors.length) return missing('the partner names no sectors of interest');
  if (!project.sectorCode) return missing('the project has no sector');
  return sectors.includes(project.sectorCode)
    ? hit(`sector ${project.sectorCode} is one of the partner's`)
    : miss(`sector ${project.sectorCode} is not among the partner's (${sectors.join(', ')})`);
}

function trl(partner: MatchPartner, project: MatchProject): Verdict {
  if (partner.trlMin == null && partner.trlMax == null) return missing('the partner names no TRL range');
  if (project.trl == null) return missing('the project has no TRL');
  const a = partner.trlMin ?? 1;
  const b = partner.trlMax ?? 9;
  const [low, high] = a <= b ? [a, b] : [b, a];
  const range = `${low}–${high}`;
  const distance = project.trl < low ? low - project.trl : project.trl > high ? project.trl - high : 0;
  if (distance === 0) return hit(`TRL ${project.trl} is inside ${range}`);
  const fraction = Math.max(0, 1 - distance / 3);
  return {
    fraction,
    outcome: fraction > 0 ? ReasonOutcome.PARTIAL : ReasonOutcome.NO_MATCH,
    detail: `TRL ${project.trl} is ${distance} outside ${range}`,
  };
}

function modes(partner: MatchPartner, project: MatchProject): Verdict {
  const offered = list(partner.cooperationModes);
  const sought = list(project.cooperationModes);
  if (!offered.length) return missing('the partner names no cooperation modes');
  if (!sought.length) return missing('the project seeks no cooperation mode');
  const shared = sought.filter((m) => offered.includes(m));
  return shared.length ? hit(`both want ${shared.join(', ')}`) : miss('no cooperation mode in common');
}

function ticket(partner: MatchPartner, project: MatchProject, options: MatchOptions): Verdict {
  const { ticketMinMinor: min, ticketMaxMinor: max, ticketCurrency: currency } = partner;
  if (min == null && max == null) return missing('the partner names no ticket size');
  if (!currency) return missing("the partner's ticket size has no currency");
  if (!project.fundingAmountMinor || project.fundingAmountMinor <= 0n || !project.fundingCurrency)
    return missing('the project states no funding ask');
  const converted =
    project.fundingCurrency === currency
      ? { ok: true as const, amountMinor: project.fundingAmountMinor }
      : options.fx
        ? convertMinor(project.fundingAmountMinor, project.fundingCurrency, currency, options.fx)
        : undefined;
  if (!converted) return missing(`no FX table to convert ${project.fundingCurrency} to ${currency}`);
  if (!converted.ok) return missing(`no FX rate for ${converted.currency}`);
  const ask = converted.amountMinor;
  if (min != null && ask < min) {
    const fraction = 2 * (Number(ask) / Number(min)) - 1;
    return {
      fraction,
      outcome: fraction > 0 ? ReasonOutcome.PARTIAL : ReasonOutcome.NO_MATCH,
      detail: `the ask is below the minimum ticket`,
    };
  }
  if (max != null && ask > max) {
    const fraction = 2 * (Number(max) / Number(ask)) - 1;
    return {
      fraction,
      outcome: fraction > 0 ? ReasonOutcome.PARTIAL : ReasonOutcome.NO_MATCH,
      detail: `the ask is above the maximum ticket`,
    };
  }
  return hit('the ask is inside the ticket size');
}

function region(partner: MatchPartner, project: MatchProject): Verdict {
  const regions = list(partner.regions);
  if (!regions.length) return missing('the partner names no regions');
  if (!project.country) return missing('the project has no country');
  const covering = regionsCovering(regions, project.country);
  return covering.length
    ? hit(`${project.country} is covered by ${covering.join(', ')}`)
    : miss(`${project.country} is outside the partner's regions`);
}

function landing(partner: MatchPartner, project: MatchProject): Partial<Record<MatchReasonCode, Verdict>> {
  if (!(partner.availableSpaceM2 != null && partner.availableSpaceM2 > 0)) {
    const none = miss('the park has no space available, so no landing fit');
    return { CHAIN_FOCUS: none, SPACE: none, INCENTIVES: none };
  }
  const focus = list(partner.chainFocus);
  const terms = [project.sectorCode ?? '', ...list(project.keywords)].filter((t) => t.trim());
  const matched = focus.filter((k) => terms.some((t) => keywordMatches(k, t)));
  const chain = !focus.length
    ? missing('the park names no industrial-chain focus')
    : !terms.length
      ? missing('the project has no sector or keywords')
      : matched.length
        ? hit(`fits the park's chain: ${matched.join(', ')}`)
        : miss("outside the park's industrial chains");
  const incentives = list(partner.incentives).filter((i) => i.trim());
  return {
    CHAIN_FOCUS: chain,
    SPACE: hit(`${partner.availableSpaceM2} m² available`),
    INCENTIVES: incentives.length
      ? hit(`${incentives.length} incentive ${incentives.length === 1 ? 'policy' : 'policies'}`)
      : missing('the park lists no incentive policies'),
  };
}

/** The explainable score of a project for a partner (see the table at the top of this file). */
export function scoreMatch(
  partner: MatchPartner,
  project: MatchProject,
  options: MatchOptions = {},
): MatchScore {
  const weights = MATCH_WEIGHTS[partner.kind];
  const verdicts: Partial<Record<MatchReasonCode, Verdict>> = {
    SECTOR: sector(partner, project),
    TRL: trl(partner, project),
    COOPERATION_MODES: modes(partner, project),
    TICKET_SIZE: ticket(partner, project, options),
    REGION: region(partner, project),
    ...(partner.kind === PartnerKind.PARK ? landing(partner, project) : {}),
  };
  const reasons: MatchReason[] = [];
  for (const code of MATCH_REASON_CODES) {
    const weight = weights[code];
    const verdict = verdicts[code];
    if (!weight || !verdict) continue;
    reasons.push({
      code,
      weight,
      points: share(weight, verdict.fraction),
      outcome: verdict.outcome,
      detail: verdict.detail,
    });
  }
  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}

/** A park's landing fit: the points of its chain-focus, space and incentive reasons. */
export function landingFit(score: MatchScore): number {
  return score.reasons.filter((r) => LANDING_REASONS.includes(r.code)).reduce((sum, r) => sum + r.points, 0);
}
