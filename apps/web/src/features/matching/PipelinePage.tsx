import './strings';
import { useQuery } from '@apollo/client/react';
import { ClockCircleOutlined } from '@ant-design/icons';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Dropdown,
  Empty,
  Flex,
  Input,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  DealsDocument,
  DealStageCountsDocument,
  type DealCardFieldsFragment,
  type DealsFilter,
  type DealStage,
} from '../../gql/graphql';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { formatInstant, pickText } from '../programmes/shared';
import { formatRelative } from '../projects/format';
import { useMoveDeal } from './useMoveDeal';
import { canMoveDeal, Muted, STAGES, MoveNoticeAlert, StageTag } from './ui';
import { usePartnerChoice } from './usePartnerChoice';

const PAGE = 200;
const DRAG_TYPE = 'application/x-sixcan-deal';

/**
 * The deal pipeline as a kanban: one column per stage with its true count, cards dragged between columns
 * (or moved with the card's menu from the keyboard). Organizers see every deal, partner members their own.
 */
export default function PipelinePage() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { hasRole } = useSession();
  const organizer = hasRole('ORGANIZER');
  const { partners, partner, choose } = usePartnerChoice();
  const [orgPartner, setOrgPartner] = useState<string>();
  const [search, setSearch] = useState('');
  const [stale, setStale] = useState(false);
  const partnerId = organizer ? orgPartner : partner?.id;
  const filter: DealsFilter = {
    ...(partnerId ? { partnerId } : {}),
    ...(search ? { search } : {}),
    ...(stale ? { stale: true } : {}),
  };
  const deals = useQuery(DealsDocument, {
    variables: { filter, first: PAGE },
    skip: !organizer && !partner,
    fetchPolicy: 'cache-and-network',
  });
  const counts = useQuery(DealStageCountsDocument, {
    variables: { filter },
    skip: !organizer && !partner,
    fetchPolicy: 'cache-and-network',
  });
  const { modal, request, notice, clearNotice } = useMoveDeal(() => {
    void counts.refetch().catch(() => undefined);
    void deals.refetch().catch(() => undefined);
  });
  const connection = deals.data?.deals;
  const byStage = useMemo(() => {
    const map = new Map<DealStage, DealCardFieldsFragment[]>(STAGES.map((s) => [s, []]));
    for (const { node } of connection?.edges ?? []) map.get(node.stage)?.push(node);
    return map;
  }, [connection]);
  const countOf = (stage: DealStage) =>
    counts.data?.dealStageCounts.find((c) => c.stage === stage)?.count ?? byStage.get(stage)?.length ?? 0;

  return (
    <>
      <PageHeader title={t('matching.pipeline.title')} intro={t('matching.pipeline.intro')} />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        {organizer ? (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('matching.pipeline.allPartners')}
            aria-label={t('matching.common.partner')}
            value={orgPartner}
            onChange={setOrgPartner}
            style={{ width: 280 }}
            options={partners.map((p) => ({ value: p.id, label: pickText(p.name, language) }))}
          />
        ) : partners.length > 1 && partner ? (
          <Select
            aria-label={t('matching.home.choosePartner')}
            value={partner.id}
            onChange={choose}
            style={{ width: 280 }}
            options={partners.map((p) => ({ value: p.id, label: pickText(p.name, language) }))}
          />
        ) : null}
        <Input.Search
          allowClear
          placeholder={t('matching.pipeline.search')}
          aria-label={t('matching.pipeline.search')}
          onSearch={(value) => setSearch(value.trim())}
          style={{ width: 300 }}
        />
        <Checkbox checked={stale} onChange={(event) => setStale(event.target.checked)}>
          {t('matching.pipeline.staleOnly')}
        </Checkbox>
      </Flex>
      <MoveNoticeAlert notice={notice} onClose={clearNotice} />
      {deals.error && !connection ? (
        <QueryError error={deals.error} onRetry={() => void deals.refetch().catch(() => undefined)} />
      ) : !connection ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <>
          <div
            style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8 }}
            data-testid="kanban"
            onDragOver={autoScroll}
          >
            {STAGES.map((stage) => (
              <Column
                key={stage}
                stage={stage}
                count={countOf(stage)}
                deals={byStage.get(stage) ?? []}
                onDropDeal={(deal) => request(deal, stage)}
                onMove={request}
                find={(id) => connection.edges.find((e) => e.node.id === id)?.node}
              />
            ))}
          </div>
          <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
            <Muted>
              {t('matching.pipeline.shownOf', {
                shown: connection.edges.length,
                total: connection.totalCount,
              })}
            </Muted>
            {connection.pageInfo.hasNextPage ? (
              <Button
                loading={deals.loading}
                onClick={() => void deals.fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
              >
                {t('matching.common.loadMore')}
              </Button>
            ) : null}
          </Flex>
        </>
      )}
      {modal}
    </>
  );
}

/** While a card is dragged near the board's left or right edge, scroll the board towards it. */
function autoScroll(event: DragEvent<HTMLDivElement>) {
  const board = event.currentTarget;
  const { left, right } = board.getBoundingClientRect();
  if (event.clientX > right - 80) board.scrollLeft += 24;
  else if (event.clientX < left + 80) board.scrollLeft -= 24;
}

/** One stage: its count, its cards, and a drop target for cards from other stages. */
function Column({
  stage,
  count,
  deals: cards,
  onDropDeal,
  onMove,
  find,
}: {
  stage: DealStage;
  count: number;
  deals: DealCardFieldsFragment[];
  onDropDeal: (deal: DealCardFieldsFragment) => void;
  onMove: (deal: DealCardFieldsFragment, to: DealStage) => void;
  find: (id: string) => DealCardFieldsFragment | undefined;
}) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const deal = find(event.dataTransfer.getData(DRAG_TYPE));
    if (deal && deal.stage !== stage) onDropDeal(deal);
  };
  return (
    <section
      aria-label={t(`matching.stage.${stage}`)}
      data-testid={`column-${stage}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        flex: '0 0 248px',
        background: over ? '#e6f4ff' : '#f5f5f5',
        border: over ? '1px dashed #1677ff' : '1px solid transparent',
        borderRadius: 8,
        padding: 8,
        minHeight: 320,
      }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <StageTag stage={stage} />
        <Badge count={count} showZero color="#8c8c8c" overflowCount={9999} />
      </Flex>
      <Flex vertical gap={8}>
        {cards.length ? (
          cards.map((deal) => <DealCard key={deal.id} deal={deal} onMove={onMove} />)
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.pipeline.empty')} />
        )}
      </Flex>
    </section>
  );
}

/** A deal on the board: project, partner, next step, last activity; draggable, with a "move to" menu. */
function DealCard({
  deal,
  onMove,
}: {
  deal: DealCardFieldsFragment;
  onMove: (deal: DealCardFieldsFragment, to: DealStage) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const targets = STAGES.filter((s) => canMoveDeal(deal.stage, s, deal.droppedFrom));
  return (
    <Card
      size="small"
      draggable={targets.length > 0}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, deal.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      data-testid="deal-card"
      style={{ cursor: targets.length ? 'grab' : 'default' }}
      styles={{ body: { padding: 10 } }}
    >
      <Flex vertical gap={4}>
        <Link to={paths.deal(deal.id)} draggable={false}>
          <Typography.Text strong ellipsis style={{ maxWidth: 220 }}>
            {pickText(deal.projectTitle, language)}
          </Typography.Text>
        </Link>
        <Muted>{pickText(deal.partnerName, language)}</Muted>
        {deal.nextStep ? (
          <Muted>
            {t('matching.pipeline.nextStep', { step: deal.nextStep })}
            {deal.nextStepAt
              ? ` · ${t('matching.pipeline.nextStepDue', { date: formatInstant(deal.nextStepAt, language) })}`
              : ''}
          </Muted>
        ) : null}
        <Flex justify="space-between" align="center">
          <Muted>
            <ClockCircleOutlined /> {formatRelative(deal.lastActivityAt, language)}
          </Muted>
          {targets.length ? (
            <Dropdown
              trigger={['click']}
              menu={{
                items: targets.map((s) => ({ key: s, label: t(`matching.stage.${s}`) })),
                onClick: ({ key }) => onMove(deal, key as DealStage),
              }}
            >
              <Button size="small" type="text" aria-label={t('matching.pipeline.moveTo')}>
                {t('matching.pipeline.moveTo')}
              </Button>
            </Dropdown>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );
}
