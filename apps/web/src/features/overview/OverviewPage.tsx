import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../app/layout/PageHeader';
import { Heading, Panel, Paragraph } from '../../app/layout/plain';
import { paths } from '../../app/paths';
import { useSession } from '../identity/useSession';
import { DashboardLinksCard } from '../insights/DashboardLinksCard';
import { CansCard } from './CansCard';
import { FlowCard } from './FlowCard';

/** Landing page: what SixCan does, and where to look today. The first screen after login: plain elements (see app/layout/plain). */
export default function OverviewPage() {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  return (
    <>
      <PageHeader title={t('overview.title')} />
      <Flex vertical gap={16}>
        <Panel>
          <Heading level={4} style={{ marginTop: 0 }}>
            {t('overview.welcomeTitle')}
          </Heading>
          <Paragraph style={{ maxWidth: 760 }}>{t('overview.welcomeBody')}</Paragraph>
          <Link to={paths.systemStatus}>
            <Button type="primary" icon={<ArrowRightOutlined />} iconPosition="end">
              {t('overview.statusCta')}
            </Button>
          </Link>
        </Panel>
        {hasRole('ORGANIZER') ? <DashboardLinksCard /> : null}
        <FlowCard />
        <CansCard />
      </Flex>
    </>
  );
}
