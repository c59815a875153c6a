import './strings';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Skeleton, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import {
  ScreeningRoundsDocument,
  type ProgrammeFieldsFragment,
  type ScreeningRoundFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { formatInstant } from '../programmes/shared';
import { RoundFormModal } from './RoundFormModal';
import { RoundStatusTag, ruleText } from './ui';

/** The programme's screening rounds, in order, and the next one to create. */
export default function ScreeningTab({ programme }: { programme: ProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, error, refetch } = useQuery(ScreeningRoundsDocument, {
    variables: { programmeId: programme.id },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data)
    return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return <Skeleton active />;
  const rounds = [...data.screeningRounds].sort((a, b) => a.ordinal - b.ordinal);
  const last = rounds[rounds.length - 1];
  const blocked = last && last.status !== 'DECIDED';
  const finished = last?.status === 'DECIDED' && last.lastRound;
  const zone = programme.timeZone;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 760 }}>
          {t('screening.rounds.intro')}
        </Typography.Paragraph>
        {!finished ? (
          <Tooltip
            title={blocked ? t('screening.rounds.needsDecision', { ordinal: last.ordinal }) : undefined}
          >
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={blocked}
              onClick={() => setCreating(true)}
            >
              {t('screening.rounds.create')}
            </Button>
          </Tooltip>
        ) : null}
      </Flex>
      {!rounds.length ? <Alert type="info" showIcon message={t('screening.rounds.empty')} /> : null}
      {rounds.length ? (
        <Table<ScreeningRoundFieldsFragment>
          rowKey="id"
          size="middle"
          dataSource={rounds}
          pagination={false}
          data-testid="rounds-table"
          columns={[
            {
              key: 'round',
              title: t('screening.rounds.column.round'),
              render: (_, r) => (
                <Link to={paths.screeningRound(programme.id, r.id)}>
                  {t('screening.common.round', { ordinal: r.ordinal })}
                  {r.lastRound ? ` · ${t('screening.rounds.last')}` : ''}
                </Link>
              ),
            },
            {
              key: 'status',
              title: t('screening.rounds.column.status'),
              render: (_, r) => <RoundStatusTag status={r.status} />,
            },
            {
              key: 'projects',
              title: t('screening.rounds.column.projects'),
              align: 'right',
              render: (_, r) => r.projectCount,
            },
            {
              key: 'reviews',
              title: t('screening.rounds.column.reviews'),
              align: 'right',
              render: (_, r) =>
                t('screening.common.of', { done: r.submittedReviewCount, total: r.assignmentCount }),
            },
            {
              key: 'deadline',
              title: t('screening.rounds.column.deadline', { zone }),
              render: (_, r) => formatInstant(r.deadline, language, zone),
            },
            {
              key: 'rule',
              title: t('screening.rounds.column.rule'),
              render: (_, r) => ruleText(t, r.advanceRule),
            },
          ]}
        />
      ) : null}
      <RoundFormModal
        programme={programme}
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(round) => {
          setCreating(false);
          void refetch().catch(() => undefined);
          void navigate(paths.screeningRound(programme.id, round.id));
        }}
      />
    </Flex>
  );
}
