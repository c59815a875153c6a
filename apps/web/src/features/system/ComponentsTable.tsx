import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import type { SystemStatusQuery } from '../../gql/graphql';
import { formatNumber } from './format';
import { StatusTag } from './StatusTag';

type ComponentHealth = SystemStatusQuery['systemStatus']['components'][number];

const KNOWN_COMPONENTS = ['api', 'database', 'queue', 'redis', 'storage', 'mail'] as const;
type KnownComponent = (typeof KNOWN_COMPONENTS)[number];

function isKnownComponent(name: string): name is KnownComponent {
  return (KNOWN_COMPONENTS as readonly string[]).includes(name);
}

/** One row per component the API checked (row attribute `data-row-key` = component name). */
export function ComponentsTable({ components }: { components: ComponentHealth[] }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const none = t('system.notAvailable');

  const columns: TableColumnsType<ComponentHealth> = [
    {
      title: t('system.column.component'),
      dataIndex: 'name',
      render: (name: string) => (
        <>
          {isKnownComponent(name) ? (
            <span style={{ marginInlineEnd: 8 }}>{t(`system.componentName.${name}`)}</span>
          ) : null}
          <Typography.Text code>{name}</Typography.Text>
        </>
      ),
    },
    {
      title: t('system.column.status'),
      dataIndex: 'status',
      width: 120,
      render: (_: unknown, row) => <StatusTag status={row.status} />,
    },
    {
      title: t('system.column.latency'),
      dataIndex: 'latencyMs',
      width: 140,
      align: 'right',
      render: (_: unknown, row) =>
        row.latencyMs === null
          ? none
          : t('system.latencyValue', { value: formatNumber(row.latencyMs, language) }),
    },
    {
      title: t('system.column.detail'),
      dataIndex: 'detail',
      render: (_: unknown, row) => row.detail ?? none,
    },
  ];

  return (
    <Table<ComponentHealth>
      rowKey="name"
      size="middle"
      columns={columns}
      dataSource={components}
      pagination={false}
      scroll={{ x: 640 }}
      locale={{ emptyText: t('system.noComponents') }}
    />
  );
}
