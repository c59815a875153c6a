/**
 * The dashboard's `ProgrammeInsights` as the report prints it. Nothing is counted here: every figure is the
 * dashboard's, only arranged (headline counts from the funnel, totals of the partner-kind rows, amounts back
 * to minor units).
 */
import { minorDigits } from '@sixcan/domain';
import { Labels } from '@sixcan/server-core';
import { FunnelStageKey, ProgrammeInsightsModel } from '../dashboard/insights.models';
import { PARTNER_KIND_LABELS, labelOf } from './labels';
import { ReportFigures } from './report-figures';

/** A decimal string in major units ("2400000000.00") as exact minor units; 0 for null. */
export function minorOf(money: { amount: string; currency: string } | null | undefined): bigint {
  if (!money) return 0n;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(money.amount.trim());
  if (!match) throw new Error(`not an amount: ${money.amount}`);
  const digits = minorDigits(money.currency);
  const fraction = (match[3] ?? '').padEnd(digits, '0');
  if (fraction.length > digits && /[1-9]/.test(fraction.slice(digits)))
    throw new Error(`${money.amount} has more decimals than ${money.currency}`);
  const value = BigInt(`${match[2]}${fraction.slice(0, digits)}`);
  return match[1] ? -value : value;
}

export const STAGE_LABELS: Record<FunnelStageKey, Labels> = {
  [FunnelStageKey.COLLECTED]: { zh: '征集项目', en: 'Collected' },
  [FunnelStageKey.SUBMITTED]: { zh: '提交申报', en: 'Submitted' },
  [FunnelStageKey.PASSED_ROUND]: { zh: '通过评审', en: 'Passed' },
  [FunnelStageKey.HANDBOOK]: { zh: '入选项目手册', en: 'In the handbook' },
  [FunnelStageKey.ROADSHOW]: { zh: '登台路演', en: 'On stage' },
  [FunnelStageKey.WITH_INTENTS]: { zh: '获得合作意向', en: 'With intents' },
  [FunnelStageKey.WITH_BIDS]: { zh: '获得报价', en: 'With bids' },
  [FunnelStageKey.SIGNED]: { zh: '签约', en: 'Signed' },
  [FunnelStageKey.LANDED]: { zh: '落地', en: 'Landed' },
};

const UNKNOWN = 'UNKNOWN';

export interface ChannelFacts {
  kind: string;
  country: string | null;
}

export function figuresFromInsights(
  insights: ProgrammeInsightsModel,
  channels: ReadonlyMap<string, ChannelFacts> = new Map(),
): ReportFigures {
  const stage = (key: FunnelStageKey) => insights.funnel.find((s) => s.key === key)?.count ?? 0;
  const sum = (pick: (p: ProgrammeInsightsModel['byPartnerKind'][number]) => number) =>
    insights.byPartnerKind.reduce((n, p) => n + pick(p), 0);
  const currency = insights.investment.currency;
  return {
    asOf: insights.refreshedAt,
    currency,
    collected: stage(FunnelStageKey.COLLECTED),
    submitted: stage(FunnelStageKey.SUBMITTED),
    handbook: stage(FunnelStageKey.HANDBOOK),
    onStage: stage(FunnelStageKey.ROADSHOW),
    intents: sum((p) => p.intents),
    projectsWithIntents: stage(FunnelStageKey.WITH_INTENTS),
    bids: sum((p) => p.bids),
    projectsWithBids: stage(FunnelStageKey.WITH_BIDS),
    signed: stage(FunnelStageKey.SIGNED),
    agreements: insights.investment.agreements,
    landed: stage(FunnelStageKey.LANDED),
    committedMinor: minorOf(insights.investment.committed),
    realisedMinor: minorOf(insights.investment.realised),
    missingRates: [...insights.investment.missingRates],
    funnel: insights.funnel.map((s) => {
      const base = STAGE_LABELS[s.key] ?? { zh: s.key, en: s.key };
      return {
        key: s.roundOrdinal ? `${s.key}_${s.roundOrdinal}` : s.key,
        label:
          s.key === FunnelStageKey.PASSED_ROUND && s.roundName
            ? {
                zh: `${base.zh}（${s.roundName.zh ?? s.roundName.en ?? s.roundOrdinal}）`,
                en: `${base.en} ${s.roundName.en ?? s.roundName.zh ?? s.roundOrdinal}`,
              }
            : base,
        count: s.count,
      };
    }),
    countries: insights.byCountry.map((b) => ({
      code: b.key === UNKNOWN ? null : b.key,
      projects: b.projects,
      extra: { submitted: b.submitted, advanced: b.advanced, withIntents: b.withIntents, signed: b.signed },
    })),
    sectors: insights.bySector.map((b) => ({
      code: b.key === UNKNOWN ? null : b.key,
      name:
        b.key === UNKNOWN
          ? { zh: '未填写', en: 'Not given' }
          : { zh: b.label?.zh ?? b.label?.en ?? b.key, en: b.label?.en ?? b.label?.zh ?? b.key },
      projects: b.projects,
      extra: { submitted: b.submitted, advanced: b.advanced, withIntents: b.withIntents, signed: b.signed },
    })),
    channels: insights.byChannel.map((ch) => ({
      id: ch.channelId,
      name: { zh: ch.label.zh ?? ch.name, en: ch.label.en ?? ch.name },
      kind: channels.get(ch.channelId)?.kind ?? null,
      country: channels.get(ch.channelId)?.country ?? null,
      collected: ch.nominated,
      advanced: ch.advanced,
      extra: { submitted: ch.submitted, signed: ch.signed },
    })),
    channelYieldLabel: { zh: '通过评审', en: 'Advanced in screening' },
    partners: insights.byPartnerKind.map((p) => ({
      kind: p.kind,
      label: labelOf(PARTNER_KIND_LABELS, p.kind),
      partners: p.partners,
      intents: p.intents,
      bids: p.bids,
      agreements: p.signed,
      committedMinor: p.committed ? minorOf(p.committed) : null,
    })),
    trends: insights.trends.map((t) => ({
      weekStart: t.period,
      counts: { submitted: t.submitted, intents: t.intents, bids: t.bids, signed: t.signed },
      committedMinor: minorOf(t.committed),
    })),
    trendCounts: [
      { key: 'submitted', label: { zh: '提交项目', en: 'Projects submitted' } },
      { key: 'intents', label: { zh: '合作意向', en: 'Intents' } },
      { key: 'bids', label: { zh: '合作报价', en: 'Bids' } },
      { key: 'signed', label: { zh: '签约协议', en: 'Agreements signed' } },
    ],
  };
}
