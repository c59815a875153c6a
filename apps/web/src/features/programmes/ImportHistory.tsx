import { useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { ProjectImportsDocument, type ProjectImportFieldsFragment } from '../../gql/graphql';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { running, STATUS_COLORS } from './import-shared';
import { formatInstant } from './shared';

/** Previous imports of the programme, newest first. */
export function ImportHistory({
  programmeId,
  onShow,
  current,
}: {
  programmeId: string;
  onShow: (id: string) => void;
  current?: string;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { me } = useSession();
  const zone = me?.user.timeZone ?? browserTimeZone();
  const { data, error, loading, refetch } = useQuery(ProjectImportsDocument, {
    variables: { programmeId, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  const rows = data?.projectImports.edges.map((edge) => edge.node) ?? [];
  const anyRunning = rows.some((row) => running(row.status));
  useEffect(() => {
    if (!anyRunning) return undefined;
    const timer = setInterval(() => void refetch().catch(() => undefined), 3000);
    return () => clearInterval(timer);
  }, [anyRunning, refetch]);

  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('programmes.import.history')}
      </Typography.Title>
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Table<ProjectImportFieldsFragment>
          size="small"
          rowKey="id"
          loading={loading && !data}
          dataSource={rows}
          pagination={false}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('programmes.import.noHistory')} />
            ),
          }}
          columns={[
            {
              key: 'startedAt',
              title: t('programmes.import.column.startedAt', { zone }),
              render: (_, row) => formatInstant(row.startedAt ?? row.createdAt, language, zone),
            },
            {
              key: 'mode',
              title: t('programmes.import.column.file'),
              render: (_, row) => t(`programmes.import.mode.${row.mode}`),
            },
            {
              key: 'status',
              title: t('programmes.import.column.status'),
              render: (_, row) => (
                <Tag color={STATUS_COLORS[row.status]}>{t(`programmes.import.status.${row.status}`)}</Tag>
              ),
            },
            {
              key: 'rows',
              title: t('programmes.import.column.rows'),
              dataIndex: 'totalRows',
              align: 'right',
            },
            {
              key: 'created',
              title: t('programmes.import.column.created'),
              dataIndex: 'createdCount',
              align: 'right',
            },
            {
              key: 'problems',
              title: t('programmes.import.column.problems'),
              dataIndex: 'errorRowCount',
              align: 'right',
            },
            {
              key: 'show',
              title: '',
              render: (_, row) =>
                row.id === current ? null : (
                  <Button size="small" onClick={() => onShow(row.id)}>
                    {t('programmes.import.show')}
                  </Button>
                ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
