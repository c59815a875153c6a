import { Card, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  formatCompactMoney,
  formatCount,
  formatExactMoney,
  formatShare,
  moneyNumber,
  share,
  type MoneyValue,
} from './format';
import type { FunnelStageKey, Insights } from './model';

/** The count of the first funnel stage with this key (0 when the API left it out). */
export function stageCount(insights: Insights, key: FunnelStageKey): number {
  return insights.funnel.find((s) => s.key === key)?.count ?? 0;
}

function Figure({
  id,
  label,
  value,
  exact,
  sub,
}: {
  id: string;
  label: string;
  value: string;
  exact?: string;
  sub?: ReactNode;
}) {
  const shown = (
    <Typography.Text
      strong
      data-testid="figure-value"
      style={{ fontSize: 24, lineHeight: '32px', whiteSpace: 'nowrap' }}
      aria-label={exact}
    >
      {value}
    </Typography.Text>
  );
  return (
    <Card size="small" data-testid={`figure-${id}`} styles={{ body: { padding: '10px 14px' } }}>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {label}
      </Typography.Text>
      {exact ? <Tooltip title={exact}>{shown}</Tooltip> : shown}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, minHeight: 20 }}>
        {sub}
      </Typography.Text>
    </Card>
  );
}

/** The programme's headline figures: projects at each step, intents and bids, signed and landed, money. */
export function Headline({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const count = (value: number) => formatCount(value, language);
  const of = (key: 'ofCollected' | 'ofSubmitted' | 'ofHandbook', part: number, whole: number) => {
    const value = share(part, whole);
    return value === undefined
      ? undefined
      : t(`insights.figure.${key}`, { share: formatShare(value, language) });
  };
  const collected = stageCount(insights, 'COLLECTED');
  const submitted = stageCount(insights, 'SUBMITTED');
  const handbook = stageCount(insights, 'HANDBOOK');
  const roadshow = stageCount(insights, 'ROADSHOW');
  const intents = insights.byPartnerKind.reduce((sum, k) => sum + k.intents, 0);
  const bids = insights.byPartnerKind.reduce((sum, k) => sum + k.bids, 0);
  const { investment } = insights;
  const currency = investment.currency || insights.currency;
  const money = (value: MoneyValue | null) => ({
    value: formatCompactMoney(moneyNumber(value), currency, language),
    exact: t('insights.figure.exact', {
      amount: formatExactMoney(value ?? { amount: '0', currency }, language),
    }),
  });
  const committed = moneyNumber(investment.committed);
  const realisedShare = share(moneyNumber(investment.realised), committed);
  const missing = investment.missingRates.length
    ? t('insights.figure.missingRates', { currencies: investment.missingRates.join(', ') })
    : undefined;

  return (
    <div
      data-testid="headline"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(172px, 1fr))', gap: 12 }}
    >
      <Figure id="collected" label={t('insights.figure.collected')} value={count(collected)} />
      <Figure
        id="submitted"
        label={t('insights.figure.submitted')}
        value={count(submitted)}
        sub={of('ofCollected', submitted, collected)}
      />
      <Figure
        id="handbook"
        label={t('insights.figure.handbook')}
        value={count(handbook)}
        sub={of('ofSubmitted', handbook, submitted)}
      />
      <Figure
        id="roadshow"
        label={t('insights.figure.roadshow')}
        value={count(roadshow)}
        sub={of('ofHandbook', roadshow, handbook)}
      />
      <Figure
        id="intents"
        label={t('insights.figure.intents')}
        value={count(intents)}
        sub={t('insights.figure.onProjects', { n: count(stageCount(insights, 'WITH_INTENTS')) })}
      />
      <Figure
        id="bids"
        label={t('insights.figure.bids')}
        value={count(bids)}
        sub={t('insights.figure.onProjects', { n: count(stageCount(insights, 'WITH_BIDS')) })}
      />
      <Figure
        id="signed"
        label={t('insights.figure.signed')}
        value={count(stageCount(insights, 'SIGNED'))}
        sub={t('insights.figure.agreements', { n: count(investment.agreements) })}
      />
      <Figure
        id="landed"
        label={t('insights.figure.landed')}
        value={count(stageCount(insights, 'LANDED'))}
        sub={t('insights.figure.landedAgreements', { n: count(investment.landed) })}
      />
      <Figure
        id="committed"
        label={t('insights.figure.committed')}
        {...money(investment.committed)}
        sub={missing}
      />
      <Figure
        id="realised"
        label={t('insights.figure.realised')}
        {...money(investment.realised)}
        sub={
          realisedShare === undefined
            ? undefined
            : t('insights.figure.ofCommitted', { share: formatShare(realisedShare, language) })
        }
      />
    </div>
  );
}
