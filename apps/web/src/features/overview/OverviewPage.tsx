import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import { useSession } from '../identity/useSession';
import { DashboardLinksCard } from '../insights/DashboardLinksCard';
import { CansCard } from './CansCard';
import { FlowCard } from './FlowCard';

/** Landing page: what SixCan does, and where to look today. */
export default function OverviewPage() {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  return (
    <>
      <PageHeader title={t('overview.title')} />
      <Flex vertical gap={16}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('overview.welcomeTitle')}
          </Typography.Title>
          <Typography.Paragraph style={{ maxWidth: 760 }}>{t('overview.welcomeBody')}</Typography.Paragraph>
          <Link to={paths.systemStatus}>
            <Button type="primary" icon={<ArrowRightOutlined />} iconPosition="end">
              {t('overview.statusCta')}
            </Button>
          </Link>
        </Card>
        {hasRole('ORGANIZER') ? <DashboardLinksCard /> : null}
        <FlowCard />
        <CansCard />
      </Flex>
    </>
  );
}
