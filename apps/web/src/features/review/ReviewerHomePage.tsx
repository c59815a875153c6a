import '../screening/strings';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Flex, Progress, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import { MyAssignmentsDocument, type MyAssignmentsQuery } from '../../gql/graphql';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { countryName, formatInstant, pickText } from '../programmes/shared';
import { assignmentState, ASSIGNMENT_STATE_COLORS } from '../screening/review-state';

type AssignmentRow = MyAssignmentsQuery['myAssignments']['edges'][number]['node'];

interface RoundGroup {
  round: AssignmentRow['round'];
  rows: AssignmentRow[];
  submitted: number;
}

/** The reviewer's queue: each round with its deadline, progress and assigned projects, and "review next". */
export default function ReviewerHomePage() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
  const { me } = useSession();
  const zone = me?.user.timeZone ?? browserTimeZone();
  const { data, error, refetch, loading } = useQuery(MyAssignmentsDocument, {
    variables: { first: 200 },
    fetchPolicy: 'cache-and-network',
  });
  const groups = useMemo<RoundGroup[]>(() => {
    const byRound = new Map<string, RoundGroup>();
    for (const { node } of data?.myAssignments.edges ?? []) {
      const group = byRound.get(node.round.id) ?? { round: node.round, rows: [], submitted: 0 };
      group.rows.push(node);
      if (node.review?.status === 'SUBMITTED') group.submitted += 1;
      byRound.set(node.round.id, group);
    }
    // Open rounds first, nearest deadline first.
    return [...byRound.values()].sort(
      (a, b) =>
        Number(b.round.status === 'OPEN') - Number(a.round.status === 'OPEN') ||
        a.round.deadline.localeCompare(b.round.deadline),
    );
  }, [data]);
  if (!me) return null;

  return (
    <>
      <PageHeader
        title={t('screening.workspace.title')}
        intro={t('screening.workspace.greeting', { name: me.user.displayName })}
      />
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
      {!data && loading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : null}
      {data && !groups.length ? (
        <Card title={t('screening.workspace.roundsTitle')}>
          <Empty description={t('screening.workspace.noRounds')} />
        </Card>
      ) : null}
      <Flex vertical gap={16}>
        {groups.map(({ round, rows, submitted }) => {
          const open = round.status === 'OPEN';
          const next = rows.find((r) => r.conflictDeclared !== true && r.review?.status !== 'SUBMITTED');
          return (
            <Card
              key={round.id}
              data-testid={`review-round-${round.ordinal}`}
              title={
                <Flex gap={8} align="center" wrap>
                  <span>{pickText(round.programmeTitle, language)}</span>
                  <Tag>{t('screening.common.round', { ordinal: round.ordinal })}</Tag>
                  <Tag color={open ? 'processing' : 'default'}>
                    {t(`screening.roundStatus.${round.status}`)}
                  </Tag>
                </Flex>
              }
              extra={
                open && next ? (
                  <Button
                    type="primary"
                    icon={<ArrowRightOutlined />}
                    onClick={() => void navigate(paths.reviewAssignment(next.id))}
                  >
                    {t('screening.workspace.continue')}
                  </Button>
                ) : null
              }
            >
              <Flex vertical gap={12}>
                <Flex gap={24} wrap align="center">
                  <Typography.Text>
                    {t('screening.workspace.deadline', {
                      time: t('screening.common.zoneNote', {
                        time: formatInstant(round.deadline, language, zone),
                        zone,
                      }),
                    })}
                  </Typography.Text>
                  <Flex gap={8} align="center" style={{ minWidth: 280, flex: 1 }}>
                    <Progress
                      percent={rows.length ? Math.round((submitted / rows.length) * 100) : 0}
                      size="small"
                      style={{ margin: 0, flex: 1 }}
                      aria-label={t('screening.workspace.progress', { submitted, total: rows.length })}
                    />
                    <Typography.Text type="secondary" data-testid="review-progress">
                      {t('screening.workspace.progress', { submitted, total: rows.length })}
                    </Typography.Text>
                  </Flex>
                </Flex>
                {open && !next ? (
                  <Typography.Text type="success">{t('screening.workspace.allDone')}</Typography.Text>
                ) : null}
                <Table<AssignmentRow>
                  size="small"
                  rowKey="id"
                  dataSource={rows}
                  pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                  columns={[
                    {
                      key: 'project',
                      title: t('screening.workspace.column.project'),
                      render: (_, row) => (
                        <Link to={paths.reviewAssignment(row.id)}>
                          {pickText(row.project.title, language)}
                        </Link>
                      ),
                    },
                    {
                      key: 'sector',
                      title: t('screening.workspace.column.sector'),
                      render: (_, row) =>
                        pickText(row.project.sectorName, language) || row.project.sectorCode,
                    },
                    {
                      key: 'country',
                      title: t('screening.workspace.column.country'),
                      render: (_, row) => countryName(row.project.country, language),
                    },
                    {
                      key: 'state',
                      title: t('screening.workspace.column.state'),
                      render: (_, row) => {
                        const state = assignmentState(row);
                        return (
                          <Tag color={ASSIGNMENT_STATE_COLORS[state]}>
                            {t(`screening.workspace.state.${state}`)}
                          </Tag>
                        );
                      },
                    },
                  ]}
                />
              </Flex>
            </Card>
          );
        })}
      </Flex>
    </>
  );
}
