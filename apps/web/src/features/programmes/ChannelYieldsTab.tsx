import { useQuery } from '@apollo/client/react';
import { Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  ChannelYieldsDocument,
  type ChannelYieldsQuery,
  type ProgrammeFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { countryName, pickText } from './shared';

type Yield = ChannelYieldsQuery['channelYields'][number];
type Count =
  'nominated' | 'submitted' | 'inScreening' | 'shortlisted' | 'inRoadshow' | 'rejected' | 'withdrawn';
const COUNTS: Count[] = [
  'nominated',
  'submitted',
  'inScreening',
  'shortlisted',
  'inRoadshow',
  'rejected',
  'withdrawn',
];

const rate = (row: Yield) => (row.nominated > 0 ? row.submitted / row.nominated : 0);

/** Per channel: projects brought into the programme and how far they got. */
export default function ChannelYieldsTab({ programme }: { programme: ProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { data, error, loading, refetch } = useQuery(ChannelYieldsDocument, {
    variables: { programmeId: programme.id },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data)
    return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const collator = new Intl.Collator(language);
  const name = (row: Yield) => pickText(row.channel.name, language);

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('programmes.yields.intro')}
      </Typography.Paragraph>
      <Table<Yield>
        rowKey={(row) => row.channel.id}
        size="middle"
        loading={loading && !data}
        dataSource={data?.channelYields ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('programmes.yields.empty')} />
          ),
        }}
        columns={[
          {
            key: 'channel',
            title: t('programmes.yields.column.channel'),
            sorter: (a, b) => collator.compare(name(a), name(b)),
            render: (_, row) => (
              <Flex vertical>
                <span>{name(row)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`programmes.channels.kind.${row.channel.kind}`)} ·{' '}
                  {countryName(row.channel.country, language)}
                </Typography.Text>
              </Flex>
            ),
          },
          ...COUNTS.map((key) => ({
            key,
            title: t(`programmes.yields.column.${key}`),
            dataIndex: key,
            align: 'right' as const,
            sorter: (a: Yield, b: Yield) => a[key] - b[key],
            defaultSortOrder: key === 'nominated' ? ('descend' as const) : undefined,
          })),
          {
            key: 'rate',
            title: t('programmes.yields.column.rate'),
            align: 'right',
            sorter: (a, b) => rate(a) - rate(b),
            render: (_, row) => (row.nominated > 0 ? percent.format(rate(row)) : t('programmes.common.none')),
          },
        ]}
      />
    </Flex>
  );
}
