/**
 * Sealed bids: what a valid offer is, when it expires, and the side-by-side comparison the applicant and
 * organizers see, normalised to one currency through the FX table. Money in minor units (invariant 7).
 */
import { isCurrencyCode, type FieldIssue } from '../intake';
import { BidStatus } from './enums';
import { convertMinor, divideHalfEven, type FxError, type FxTable } from './fx';

/** The terms of one bid. Investment and subsidy are in `currency`. */
export interface BidTerms {
  currency?: string | null;
  investmentMinor?: bigint | null;
  /** Share of equity asked for the investment, 0–100 with at most two decimals. */
  equityPercent?: number | null;
  spaceM2?: number | null;
  rentFreeMonths?: number | null;
  subsidyMinor?: bigint | null;
  otherTerms?: string | null;
  validUntil?: Date | null;
}

/** A bid as the comparison reads it. */
export interface BidSummary extends BidTerms {
  id: string;
  partnerId: string;
  status: BidStatus;
}

export const BID_LIMITS = { otherTerms: 4000, rentFreeMonths: 120, spaceM2: 10_000_000 } as const;

const blank = (s: string | null | undefined): boolean => !s || !s.trim();

/** Equity percent as whole basis points (12.5 → 1250), or undefined when it has more than two decimals. */
export function equityBasisPoints(percent: number): number | undefined {
  const bp = Math.round(percent * 100);
  return Number.isFinite(percent) && Math.abs(bp - percent * 100) < 1e-6 ? bp : undefined;
}

/**
 * Problems with a bid's terms at `now`: money non-negative and in an ISO 4217 currency, equity 0–100 with at
 * most two decimals (and only against an investment), space and rent-free months non-negative, a
 * valid-until in the future, and something on offer (investment, space, subsidy or other terms).
 */
export function validateBid(input: BidTerms, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const investment = input.investmentMinor ?? 0n;
  const subsidy = input.subsidyMinor ?? 0n;
  if (investment < 0n) add('investmentMinor', 'the investment cannot be negative');
  if (subsidy < 0n) add('subsidyMinor', 'the subsidy cannot be negative');
  if (input.investmentMinor != null || input.subsidyMinor != null) {
    if (blank(input.currency)) add('currency', 'give the currency of the amounts');
    else if (!isCurrencyCode(input.currency ?? ''))
      add('currency', `"${input.currency}" is not an ISO 4217 currency code`);
  } else if (input.currency && !isCurrencyCode(input.currency))
    add('currency', `"${input.currency}" is not an ISO 4217 currency code`);
  const equity = input.equityPercent;
  if (equity != null) {
    if (!Number.isFinite(equity) || equity < 0 || equity > 100)
      add('equityPercent', 'equity is a share from 0 to 100');
    else if (equityBasisPoints(equity) === undefined) add('equityPercent', 'at most two decimals');
    else if (equity > 0 && investment === 0n)
      add('equityPercent', 'equity is asked only against an investment');
  }
  const space = input.spaceM2;
  if (space != null && (!Number.isFinite(space) || space < 0 || space > BID_LIMITS.spaceM2))
    add('spaceM2', `space is from 0 to ${BID_LIMITS.spaceM2} m²`);
  const months = input.rentFreeMonths;
  if (months != null && (!Number.isInteger(months) || months < 0 || months > BID_LIMITS.rentFreeMonths))
    add('rentFreeMonths', `rent-free months are a whole number from 0 to ${BID_LIMITS.rentFreeMonths}`);
  if (months && !(space && space > 0)) add('rentFreeMonths', 'rent-free months come with space');
  if ((input.otherTerms?.length ?? 0) > BID_LIMITS.otherTerms)
    add('otherTerms', `at most ${BID_LIMITS.otherTerms} characters`);
  if (!input.validUntil || Number.isNaN(input.validUntil.getTime()))
    add('validUntil', 'give a valid-until date');
  else if (input.validUntil.getTime() <= now.getTime())
    add('validUntil', 'the valid-until date must be in the future');
  if (investment <= 0n && subsidy <= 0n && !(space && space > 0) && blank(input.otherTerms))
    add('terms', 'offer an investment, space, a subsidy or other terms');
  return issues;
}

/** A live bid whose valid-until has passed: the expiry job moves it to `EXPIRED`. */
export function isExpired(bid: { status: BidStatus; validUntil?: Date | null }, now: Date): boolean {
  return bid.status === BidStatus.SUBMITTED && !!bid.validUntil && bid.validUntil.getTime() <= now.getTime();
}

/** The columns of the comparison that carry a "best" marker. */
export enum BidColumn {
  INVESTMENT = 'INVESTMENT',
  SUBSIDY = 'SUBSIDY',
  TOTAL = 'TOTAL',
  /** Least equity for the money: the lowest equity per unit invested (no equity at all is best). */
  EQUITY = 'EQUITY',
  VALUATION = 'VALUATION',
  SPACE = 'SPACE',
  RENT_FREE = 'RENT_FREE',
  VALID_UNTIL = 'VALID_UNTIL',
}

/** One bid normalised to the comparison currency. Money columns are null when the FX table lacks a rate. */
export interface BidComparisonRow {
  bidId: string;
  partnerId: string;
  status: BidStatus;
  /** The bid's own currency. */
  currency: string | null;
  /** The amounts as bid, in the bid's own currency. */
  bidInvestmentMinor: bigint | null;
  bidSubsidyMinor: bigint | null;
  investmentMinor: bigint | null;
  subsidyMinor: bigint | null;
  totalMinor: bigint | null;
  equityPercent: number | null;
  /** Post-money valuation implied by the investment and equity, when equity > 0. */
  impliedValuationMinor: bigint | null;
  spaceM2: number | null;
  rentFreeMonths: number | null;
  validUntil: Date | null;
  /** Columns in which this bid is best (ties all marked), among standing bids only. */
  best: BidColumn[];
  fxError: { error: FxError; currency: string } | null;
}

export interface BidComparison {
  currency: string;
  rows: BidComparisonRow[];
  /** Currencies the FX table could not convert, sorted. */
  missingRates: string[];
}

/** Bids that still count: live or accepted. Markers are computed among these only. */
const STANDING: readonly BidStatus[] = [BidStatus.ACCEPTED, BidStatus.SUBMITTED];
const STATUS_ORDER: readonly BidStatus[] = [
  BidStatus.ACCEPTED,
  BidStatus.SUBMITTED,
  BidStatus.EXPIRED,
  BidStatus.DECLINED,
  BidStatus.WITHDRAWN,
];

function normalise(bid: BidSummary, table: FxTable, currency: string): BidComparisonRow {
  const row: BidComparisonRow = {
    bidId: bid.id,
    partnerId: bid.partnerId,
    status: bid.status,
    currency: bid.currency ?? null,
    bidInvestmentMinor: bid.investmentMinor ?? null,
    bidSubsidyMinor: bid.subsidyMinor ?? null,
    investmentMinor: null,
    subsidyMinor: null,
    totalMinor: null,
    equityPercent: bid.equityPercent ?? null,
    impliedValuationMinor: null,
    spaceM2: bid.spaceM2 ?? null,
    rentFreeMonths: bid.rentFreeMonths ?? null,
    validUntil: bid.validUntil ?? null,
    best: [],
    fxError: null,
  };
  const money = [bid.investmentMinor ?? 0n, bid.subsidyMinor ?? 0n];
  let converted: bigint[] = [0n, 0n];
  if (money.some((m) => m !== 0n)) {
    converted = [];
    for (const amount of money) {
      const result = convertMinor(amount, bid.currency ?? '', currency, table);
      if (!result.ok) {
        row.fxError = { error: result.error, currency: result.currency };
        return row;
      }
      converted.push(result.amountMinor);
    }
  }
  const [investment = 0n, subsidy = 0n] = converted;
  row.investmentMinor = investment;
  row.subsidyMinor = subsidy;
  row.totalMinor = investment + subsidy;
  const bp = bid.equityPercent != null ? equityBasisPoints(bid.equityPercent) : undefined;
  if (bp && bp > 0 && investment > 0n)
    row.impliedValuationMinor = divideHalfEven(investment * 10_000n, BigInt(bp));
  return row;
}

type Key = bigint | number;
const cmp = (a: Key, b: Key): number => (a < b ? -1 : a > b ? 1 : 0);

/** Mark the rows whose `value` is the best (highest, or lowest with `lowest`); no marker for 0 or missing. */
function mark(rows: BidComparisonRow[], column: BidColumn, value: (r: BidComparisonRow) => Key | null): void {
  const values = rows
    .map((r) => ({ r, v: value(r) }))
    .filter((x): x is { r: BidComparisonRow; v: Key } => x.v != null && x.v > 0);
  if (!values.length) return;
  const top = values.reduce((m, x) => (cmp(x.v, m) > 0 ? x.v : m), values[0]?.v ?? 0);
  for (const x of values) if (cmp(x.v, top) === 0) x.r.best.push(column);
}

/** Mark least equity for the money: lowest equity basis points per unit invested (0 is best). */
function markEquity(rows: BidComparisonRow[]): void {
  const candidates = rows
    .map((r) => ({ r, bp: r.equityPercent != null ? equityBasisPoints(r.equityPercent) : undefined }))
    .filter(
      (x): x is { r: BidComparisonRow; bp: number } => x.bp !== undefined && (x.r.investmentMinor ?? 0n) > 0n,
    );
  // a asks less for its money than b when bp_a / inv_a < bp_b / inv_b.
  const less = (a: (typeof candidates)[number], b: (typeof candidates)[number]) =>
    cmp(BigInt(a.bp) * (b.r.investmentMinor ?? 0n), BigInt(b.bp) * (a.r.investmentMinor ?? 0n));
  const first = candidates[0];
  if (!first) return;
  const best = candidates.reduce((m, x) => (less(x, m) < 0 ? x : m), first);
  for (const x of candidates) if (less(x, best) === 0) x.r.best.push(BidColumn.EQUITY);
}

const desc = (a: Key | null, b: Key | null): number =>
  a == null ? (b == null ? 0 : 1) : b == null ? -1 : cmp(b, a);

/**
 * All bids on a project side by side in `currency`. Order: accepted, live, then expired, declined and
 * withdrawn bids; within a status the highest total first, then the highest investment, the most space, and
 * the bid id — the same for any input order. "Best" markers go to standing (live or accepted) bids only.
 */
export function compareBids(bids: readonly BidSummary[], table: FxTable, currency: string): BidComparison {
  const rows = bids.map((b) => normalise(b, table, currency));
  const standing = rows.filter((r) => STANDING.includes(r.status));
  mark(standing, BidColumn.INVESTMENT, (r) => r.investmentMinor);
  mark(standing, BidColumn.SUBSIDY, (r) => r.subsidyMinor);
  mark(standing, BidColumn.TOTAL, (r) => r.totalMinor);
  markEquity(standing);
  mark(standing, BidColumn.VALUATION, (r) => r.impliedValuationMinor);
  mark(standing, BidColumn.SPACE, (r) => r.spaceM2);
  mark(standing, BidColumn.RENT_FREE, (r) => r.rentFreeMonths);
  mark(standing, BidColumn.VALID_UNTIL, (r) => r.validUntil?.getTime() ?? null);
  rows.sort(
    (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      desc(a.totalMinor, b.totalMinor) ||
      desc(a.investmentMinor, b.investmentMinor) ||
      desc(a.spaceM2, b.spaceM2) ||
      (a.bidId < b.bidId ? -1 : a.bidId > b.bidId ? 1 : 0),
  );
  const missingRates = [...new Set(rows.flatMap((r) => (r.fxError ? [r.fxError.currency] : [])))].sort();
  return { currency, rows, missingRates };
}
