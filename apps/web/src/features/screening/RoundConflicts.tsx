import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Flex, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  ConflictsDocument,
  ResolveConflictDocument,
  type ConflictResolution,
  type ConflictsQuery,
  type ConflictStatus,
  type ScreeningRoundFieldsFragment,
} from '../../gql/graphql';
import { formatInstant, pickText } from '../programmes/shared';
import { ReassignModal } from './ReassignModal';
import { ProblemAlert, toProblem, type Problem } from './ui';

type ConflictRow = ConflictsQuery['conflicts']['edges'][number]['node'];
const STATUSES: ConflictStatus[] = ['ACTIVE', 'CONFIRMED', 'DISMISSED'];
const STATUS_COLORS: Record<ConflictStatus, string> = {
  ACTIVE: 'warning',
  CONFIRMED: 'error',
  DISMISSED: 'default',
};

/** Conflicts of the round: detected ones to confirm or dismiss, declared ones whose review needs a new reviewer. */
export default function RoundConflicts({ round }: { round: ScreeningRoundFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [status, setStatus] = useState<ConflictStatus>();
  const [problem, setProblem] = useState<Problem>();
  const [reassigning, setReassigning] = useState<ConflictRow>();
  const { data, loading, refetch, fetchMore } = useQuery(ConflictsDocument, {
    variables: { roundId: round.id, status: status ?? null, first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const [resolve] = useMutation(ResolveConflictDocument);
  const rows = data?.conflicts.edges.map((e) => e.node) ?? [];
  const decide = async (id: string, resolution: ConflictResolution) => {
    setProblem(undefined);
    try {
      await resolve({ variables: { id, resolution } });
      void refetch().catch(() => undefined);
    } catch (err) {
      setProblem(toProblem(t, err));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Select<ConflictStatus>
          allowClear
          placeholder={t('screening.conflicts.filter')}
          style={{ width: 200 }}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`screening.conflictStatus.${s}`) }))}
        />
        <Typography.Text type="secondary">{t('screening.conflicts.dismissHelp')}</Typography.Text>
      </Flex>
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
      <Table<ConflictRow>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('screening.conflicts.empty') }}
        data-testid="conflicts-table"
        columns={[
          {
            key: 'reviewer',
            title: t('screening.conflicts.column.reviewer'),
            render: (_, c) => (
              <Flex vertical>
                <span>{c.reviewer.displayName}</span>
                <Typography.Text type="secondary">
                  {c.reviewer.affiliation ?? c.reviewer.email}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'project',
            title: t('screening.conflicts.column.project'),
            render: (_, c) => pickText(c.projectTitle, language),
          },
          {
            key: 'source',
            title: t('screening.conflicts.column.source'),
            render: (_, c) => t(`screening.conflictSource.${c.source}`),
          },
          {
            key: 'status',
            title: t('screening.conflicts.column.status'),
            render: (_, c) => (
              <Tag color={STATUS_COLORS[c.status]}>{t(`screening.conflictStatus.${c.status}`)}</Tag>
            ),
          },
          {
            key: 'reason',
            title: t('screening.conflicts.column.reason'),
            // Detected conflicts say why in the UI language; the server's sentence (which names the match) is the tooltip.
            render: (_, c) =>
              c.source === 'DETECTED' ? (
                <Tooltip title={c.reason}>
                  <span>{t(`screening.conflictKind.${c.kind}`)}</span>
                </Tooltip>
              ) : (
                c.reason
              ),
          },
          {
            key: 'at',
            title: t('screening.conflicts.column.at'),
            render: (_, c) => formatInstant(c.createdAt, language),
          },
          {
            key: 'actions',
            title: '',
            render: (_, c) => (
              <Space size="small" wrap>
                {c.status === 'ACTIVE' ? (
                  <>
                    <Button size="small" onClick={() => void decide(c.id, 'CONFIRM')}>
                      {t('screening.conflicts.confirm')}
                    </Button>
                    <Tooltip title={t('screening.conflicts.dismissHelp')}>
                      <Button size="small" onClick={() => void decide(c.id, 'DISMISS')}>
                        {t('screening.conflicts.dismiss')}
                      </Button>
                    </Tooltip>
                  </>
                ) : null}
                {c.assignmentId && c.status !== 'DISMISSED' && round.status === 'OPEN' ? (
                  <Button size="small" type="primary" onClick={() => setReassigning(c)}>
                    {t('screening.progress.reassign')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {data?.conflicts.pageInfo.hasNextPage ? (
        <Button
          onClick={() =>
            void fetchMore({
              variables: { after: data.conflicts.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                conflicts: {
                  ...fetchMoreResult.conflicts,
                  edges: [...prev.conflicts.edges, ...fetchMoreResult.conflicts.edges],
                },
              }),
            })
          }
        >
          {t('common.loadMore')}
        </Button>
      ) : null}
      <ReassignModal
        assignmentId={reassigning?.assignmentId ?? undefined}
        title={reassigning ? pickText(reassigning.projectTitle, language) : ''}
        onClose={() => setReassigning(undefined)}
        onDone={() => {
          setReassigning(undefined);
          void refetch().catch(() => undefined);
        }}
      />
    </Flex>
  );
}
