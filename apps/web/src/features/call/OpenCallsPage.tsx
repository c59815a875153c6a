import '../projects/strings';
import { useQuery } from '@apollo/client/react';
import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import { OpenCallsDocument, type OpenCallFieldsFragment } from '../../gql/graphql';
import { browserTimeZone } from '../identity/fields';
import { QueryError } from '../members/QueryError';
import { formatRelative, formatWithZone, pickText, sectorName } from '../projects/format';
import { PublicLayout } from './PublicLayout';

/** Public: every open call for projects, for visitors without an account. */
export default function OpenCallsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OpenCallsDocument, { fetchPolicy: 'cache-and-network' });
  const calls = data?.openCalls ?? [];
  return (
    <PublicLayout title={t('projects.call.title')}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('projects.call.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('projects.call.intro')}</Typography.Paragraph>
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : calls.length === 0 ? (
        <Card>
          <Empty description={t('projects.call.empty')} />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {calls.map((call) => (
            <CallCard key={call.id} call={call} />
          ))}
        </Flex>
      )}
    </PublicLayout>
  );
}

function CallCard({ call }: { call: OpenCallFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const zone = browserTimeZone();
  const title = pickText(call.title, language);
  return (
    <Card data-testid="open-call">
      <Typography.Text type="secondary">{call.organizationName}</Typography.Text>
      <Typography.Title level={4} style={{ margin: '4px 0 8px' }}>
        <Link to={paths.openCall(call.id)}>{title}</Link>
      </Typography.Title>
      <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ whiteSpace: 'pre-line' }}>
        {pickText(call.description, language)}
      </Typography.Paragraph>
      {call.sectors.length ? (
        <Space size={[4, 4]} wrap style={{ marginBottom: 12 }} aria-label={t('projects.call.sectors')}>
          {call.sectors.map((sector) => (
            <Tag key={sector.code}>{sectorName(sector, language)}</Tag>
          ))}
        </Space>
      ) : null}
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space direction="vertical" size={0}>
          <Typography.Text>
            <ClockCircleOutlined />{' '}
            {t('projects.call.closes', { time: formatWithZone(call.closesAt, language, zone) })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {call.acceptingSubmissions
              ? t('projects.call.closesIn', { relative: formatRelative(call.closesAt, language) })
              : Date.parse(call.opensAt) > Date.now()
                ? t('projects.call.notYetOpen', { relative: formatRelative(call.opensAt, language) })
                : t('projects.call.closed')}
          </Typography.Text>
        </Space>
        <Link to={paths.openCall(call.id)}>
          <Button type="primary">{t('projects.call.details')}</Button>
        </Link>
      </Flex>
    </Card>
  );
}
