/**
 * The dashboard's figures as the report prints them: the headline counts and amounts, and the rows of each
 * chart and sheet. Built from `ProgrammeInsights` (see figures-from-insights.ts), never computed here.
 */
import { Labels } from '@sixcan/server-core';

export interface FunnelStep {
  key: string;
  label: Labels;
  count: number;
}

export interface CountryRow {
  code: string | null;
  projects: number;
  /** Further counts of the dashboard's row, e.g. in the handbook, signed (for the sheet). */
  extra: Record<string, number>;
}

export interface SectorRow {
  code: string | null;
  name: Labels;
  projects: number;
  extra: Record<string, number>;
}

export interface ChannelRow {
  id: string | null;
  name: Labels;
  kind: string | null;
  country: string | null;
  /** Projects the channel brought in. */
  collected: number;
  /** Of them, how many went further (the yield's numerator). */
  advanced: number;
  extra: Record<string, number>;
}

export interface PartnerKindRow {
  kind: string;
  label: Labels;
  partners: number;
  intents: number;
  bids: number;
  agreements: number;
  committedMinor: bigint | null;
}

export interface TrendRow {
  weekStart: Date;
  counts: Record<string, number>;
  committedMinor: bigint;
}

export interface ReportFigures {
  /** When the figures were read. */
  asOf: Date;
  /** The programme's currency: every amount below is in it. */
  currency: string;
  collected: number;
  submitted: number;
  handbook: number;
  onStage: number;
  intents: number;
  projectsWithIntents: number;
  bids: number;
  projectsWithBids: number;
  /** Distinct projects with an agreement. */
  signed: number;
  /** Agreements (a project may sign several). */
  agreements: number;
  landed: number;
  committedMinor: bigint;
  realisedMinor: bigint;
  /** Currencies left out of the amounts because the FX table has no rate for them. */
  missingRates: string[];
  funnel: FunnelStep[];
  countries: CountryRow[];
  sectors: SectorRow[];
  channels: ChannelRow[];
  /** What "advanced" counts for a channel, e.g. "入选手册 / In the handbook". */
  channelYieldLabel: Labels;
  partners: PartnerKindRow[];
  trends: TrendRow[];
  /** Labels of the trend counts' keys, in column order. */
  trendCounts: { key: string; label: Labels }[];
}
