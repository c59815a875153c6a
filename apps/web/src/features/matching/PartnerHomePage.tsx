import './strings';
import { Card, Descriptions, Flex, Result, Select, Skeleton, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import type { PartnerSummaryFieldsFragment } from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { countryName, pickText } from '../programmes/shared';
import { BrowseProjects, MyBids, MyIntents, RecommendedList, SavedProjects } from './project-lists';
import { money } from './ui';
import { usePartnerChoice } from './usePartnerChoice';

const TABS = ['recommended', 'browse', 'saved', 'intents', 'bids'] as const;
type TabKey = (typeof TABS)[number];

/** A partner member's home: recommendations with reasons, all and saved projects, own intents and bids. */
export default function PartnerHomePage() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { partners, partner, choose, loading, error, refetch } = usePartnerChoice();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((key) => key === params.get('tab')) ?? 'recommended';
  const setTab = (key: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('tab', key);
        return next;
      },
      { replace: true },
    );

  const header = (
    <PageHeader
      title={t('matching.home.title')}
      intro={t('matching.home.intro')}
      extra={
        partners.length > 1 && partner ? (
          <Flex gap={8} align="center">
            <span>{t('matching.home.choosePartner')}</span>
            <Select
              aria-label={t('matching.home.choosePartner')}
              value={partner.id}
              onChange={choose}
              style={{ minWidth: 260 }}
              options={partners.map((p) => ({
                value: p.id,
                label: `${pickText(p.name, language)} · ${t(`matching.partnerKind.${p.kind}`)}`,
              }))}
            />
          </Flex>
        ) : null
      }
    />
  );
  if (error && !partners.length)
    return (
      <>
        {header}
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </>
    );
  if (loading && !partners.length)
    return (
      <>
        {header}
        <Card>
          <Skeleton active />
        </Card>
      </>
    );
  if (!partner)
    return (
      <>
        {header}
        <Result
          status="info"
          title={t('matching.home.noPartnerTitle')}
          subTitle={t('matching.home.noPartnerBody')}
        />
      </>
    );

  return (
    <>
      {header}
      <Flex gap={16} align="flex-start" wrap="wrap">
        <Card style={{ flex: '1 1 640px', minWidth: 0 }}>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            destroyOnHidden
            items={[
              {
                key: 'recommended',
                label: t('matching.home.tabs.recommended'),
                children: <RecommendedList partnerId={partner.id} />,
              },
              {
                key: 'browse',
                label: t('matching.home.tabs.browse'),
                children: <BrowseProjects partnerId={partner.id} />,
              },
              {
                key: 'saved',
                label: t('matching.home.tabs.saved'),
                children: <SavedProjects partnerId={partner.id} />,
              },
              {
                key: 'intents',
                label: t('matching.home.tabs.intents'),
                children: <MyIntents partnerId={partner.id} />,
              },
              {
                key: 'bids',
                label: t('matching.home.tabs.bids'),
                children: <MyBids partnerId={partner.id} />,
              },
            ]}
          />
        </Card>
        <InterestsCard partner={partner} />
      </Flex>
    </>
  );
}

/** What the recommendations are scored against: the partner's declared interests (and park profile). */
function InterestsCard({ partner }: { partner: PartnerSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { interests, park } = partner;
  const dash = t('matching.common.none');
  return (
    <Card
      title={pickText(partner.name, language)}
      extra={<Tag>{t(`matching.partnerKind.${partner.kind}`)}</Tag>}
      style={{ flex: '0 1 340px' }}
      data-testid="partner-interests"
    >
      <Descriptions column={1} size="small" title={t('matching.home.interests')}>
        <Descriptions.Item label={t('matching.home.country')}>
          {countryName(partner.country, language) || dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.home.sectors')}>
          {interests.sectors.length ? interests.sectors.join(', ') : dash}
        </Descriptions.Item>
        <Descriptions.Item label="TRL">
          {interests.trlMin || interests.trlMax
            ? t('matching.home.trl', { min: interests.trlMin ?? 1, max: interests.trlMax ?? 9 })
            : dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.home.ticket')}>
          {interests.ticketMin || interests.ticketMax
            ? `${money(interests.ticketMin, language)} – ${money(interests.ticketMax, language)}`
            : dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.home.regions')}>
          {interests.regions.length ? interests.regions.join(', ') : dash}
        </Descriptions.Item>
        {park ? (
          <Descriptions.Item label={t('matching.reason.code.SPACE')}>
            {park.availableSpaceM2 != null ? t('matching.home.space', { m2: park.availableSpaceM2 }) : dash}
          </Descriptions.Item>
        ) : null}
        {park ? (
          <Descriptions.Item label={t('matching.reason.code.CHAIN_FOCUS')}>
            {park.chainFocus.length ? park.chainFocus.join(', ') : dash}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
