import '../projects/strings';
import { useQuery } from '@apollo/client/react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import { OpenCallDocument } from '../../gql/graphql';
import { describeError } from '../identity/errors';
import { browserTimeZone } from '../identity/fields';
import { QueryError } from '../members/QueryError';
import { useCanLabel } from '../projects/cans';
import { formatDateTime, formatRelative, formatWithZone, pickText, sectorName } from '../projects/format';
import { CallUnavailable } from './CallUnavailable';
import { PublicLayout } from './PublicLayout';

/** Public: one call for projects in full, with the Apply button. */
export default function OpenCallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useAppLanguage();
  const canLabel = useCanLabel();
  const { data, loading, error, refetch } = useQuery(OpenCallDocument, { variables: { id } });
  const call = data?.openCall;

  if (error && !call) {
    const code = describeError(error).code;
    if (code === 'NOT_FOUND' || code === 'VALIDATION') return <CallUnavailable />;
    return (
      <PublicLayout title={t('projects.call.title')}>
        <QueryError error={error} onRetry={() => void refetch()} />
      </PublicLayout>
    );
  }
  if (loading || !call)
    return (
      <PublicLayout title={t('projects.call.title')}>
        <Skeleton active paragraph={{ rows: 8 }} />
      </PublicLayout>
    );

  const zone = browserTimeZone();
  const title = pickText(call.title, language);
  const windowText = t('projects.call.windowValue', {
    from: formatDateTime(call.opensAt, language, zone),
    to: formatDateTime(call.closesAt, language, zone),
  });
  return (
    <PublicLayout title={title}>
      <Link to={paths.openCalls}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('projects.call.allCalls')}
        </Button>
      </Link>
      <Card>
        <Typography.Text type="secondary">
          {t('projects.call.by', { organization: call.organizationName })}
        </Typography.Text>
        <Typography.Title level={2} style={{ margin: '4px 0 16px' }}>
          {title}
        </Typography.Title>
        {!call.acceptingSubmissions ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={
              Date.parse(call.opensAt) > Date.now()
                ? t('projects.call.notOpenBody', { time: formatWithZone(call.opensAt, language, zone) })
                : t('projects.call.closedBody', { time: formatWithZone(call.closesAt, language, zone) })
            }
          />
        ) : null}
        <Typography.Paragraph style={{ whiteSpace: 'pre-line', fontSize: 15 }}>
          {pickText(call.description, language)}
        </Typography.Paragraph>
        <Descriptions column={1} bordered size="middle" style={{ marginBottom: 24 }}>
          <Descriptions.Item label={t('projects.call.window')}>
            <Space direction="vertical" size={2}>
              <span>
                {windowText}{' '}
                <Typography.Text type="secondary">{t('projects.call.yourZone', { zone })}</Typography.Text>
              </span>
              {call.acceptingSubmissions ? (
                <Typography.Text strong>
                  {t('projects.call.closesIn', { relative: formatRelative(call.closesAt, language) })}
                </Typography.Text>
              ) : null}
              {call.timeZone !== zone ? (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('projects.call.organizerZone', {
                    from: formatDateTime(call.opensAt, language, call.timeZone),
                    to: formatDateTime(call.closesAt, language, call.timeZone),
                    zone: call.timeZone,
                  })}
                </Typography.Text>
              ) : null}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('projects.call.sectors')}>
            <Space size={[4, 4]} wrap>
              {call.sectors.map((sector) => (
                <Tag key={sector.code}>{sectorName(sector, language)}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('projects.call.mandatoryCans')}>
            <Space direction="vertical" size={4}>
              <Typography.Text type="secondary">{t('projects.call.mandatoryCansHint')}</Typography.Text>
              <Space size={[4, 4]} wrap>
                {call.mandatoryCans.map((can) => (
                  <Tag key={can} color="gold" data-testid="mandatory-can">
                    {canLabel(can)}
                  </Tag>
                ))}
              </Space>
            </Space>
          </Descriptions.Item>
        </Descriptions>
        <Flex justify="flex-end">
          {call.acceptingSubmissions ? (
            <Link to={paths.apply(call.id)}>
              <Button type="primary" size="large">
                {t('projects.call.apply')}
              </Button>
            </Link>
          ) : null}
        </Flex>
      </Card>
    </PublicLayout>
  );
}
