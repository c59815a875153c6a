import './strings';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { ProjectHistoryDocument } from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { formatDateTime, formatRelative } from '../projects/format';
import { AuditDetails } from './AuditDetails';
import { EventObject } from './AuditTable';
import { useCodeNames } from './codes';
import { useAuditLabels } from './labels';
import { splitAction, type AuditEvent } from './model';
import { useAuditExport } from './useAuditExport';

const PAGE = 50;

/** Colours of the timeline by what happened: red for endings, green for wins, blue otherwise. */
function colorOf(action: string): string {
  const [family, verb] = splitAction(action);
  if (/withdrawn|declined|expired|removed|dropped|dismissed|revoked|unpublished/.test(verb)) return 'red';
  if (family === 'agreement' || verb === 'accepted' || verb === 'published' || verb === 'roadshow')
    return 'green';
  if (family === 'project') return 'blue';
  return 'gray';
}

/** Organizers: everything recorded about a project, from nomination to landing, with its export. */
export default function ProjectHistory({ projectId, timeZone }: { projectId: string; timeZone: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const labels = useAuditLabels();
  const query = useQuery(ProjectHistoryDocument, {
    variables: { projectId, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { exportCsv, busy, outcome, clearOutcome } = useAuditExport();
  const connection = query.data?.projectHistory;
  const events: AuditEvent[] = connection?.edges.map((edge) => edge.node) ?? [];
  useCodeNames(events);

  return (
    <Card
      title={t('audit.history.title')}
      data-testid="project-history"
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={busy}
          disabled={!connection || connection.totalCount === 0}
          onClick={() => void exportCsv({ projectId })}
          data-testid="project-history-export"
        >
          {connection
            ? `${t('audit.history.export')} (${new Intl.NumberFormat(language).format(connection.totalCount)})`
            : t('audit.history.export')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('audit.history.intro')}</Typography.Paragraph>
      {outcome ? (
        <Alert
          type={outcome.type}
          showIcon
          closable
          onClose={clearOutcome}
          message={outcome.message(t)}
          role={outcome.type === 'error' ? 'alert' : 'status'}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {query.error && !connection ? (
        <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : !connection ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : events.length === 0 ? (
        <Empty description={t('audit.history.empty')} />
      ) : (
        <>
          <Timeline
            style={{ marginTop: 8 }}
            items={events.map((event) => ({
              key: event.id,
              color: colorOf(event.action),
              children: (
                <Flex vertical gap={2} data-testid="project-history-item">
                  <Flex gap={8} align="baseline" wrap>
                    <Typography.Text strong>{labels.action(event.action)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {labels.familyOf(event.action)}
                    </Typography.Text>
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    <span title={event.createdAt}>{formatDateTime(event.createdAt, language, timeZone)}</span>
                    {' · '}
                    {formatRelative(event.createdAt, language)}
                    {' · '}
                    {t('audit.history.by', { name: event.actorName ?? t('audit.system') })}
                  </Typography.Text>
                  {event.objectType !== 'Project' ? (
                    <div style={{ fontSize: 13 }}>
                      <EventObject event={event} inline />
                    </div>
                  ) : null}
                  {typeof event.summary['note'] === 'string' && event.summary['note'] ? (
                    <Typography.Text style={{ whiteSpace: 'pre-line' }}>
                      {event.summary['note']}
                    </Typography.Text>
                  ) : null}
                  {Object.keys(event.summary).length > 0 ? (
                    <Collapse
                      ghost
                      size="small"
                      style={{ marginInlineStart: -16 }}
                      items={[
                        {
                          key: 'details',
                          label: t('audit.details.title'),
                          children: <AuditDetails event={event} timeZone={timeZone} />,
                        },
                      ]}
                    />
                  ) : null}
                </Flex>
              ),
            }))}
          />
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text type="secondary">
              {t('audit.shown', { shown: events.length, total: connection.totalCount })}
            </Typography.Text>
            {connection.pageInfo.hasNextPage ? (
              <Button
                loading={query.networkStatus === NetworkStatus.fetchMore}
                onClick={() =>
                  void query
                    .fetchMore({ variables: { after: connection.pageInfo.endCursor } })
                    .catch(() => undefined)
                }
              >
                {t('audit.history.loadMore')}
              </Button>
            ) : null}
          </Flex>
        </>
      )}
    </Card>
  );
}
