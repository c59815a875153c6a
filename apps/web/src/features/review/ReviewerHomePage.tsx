import { Card, Descriptions, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/layout/PageHeader';
import { useSession } from '../identity/useSession';

/** Where reviewers start. Screening rounds do not exist yet, and the page says so. */
export default function ReviewerHomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return null;
  return (
    <>
      <PageHeader title={t('review.title')} />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('review.greeting', { name: me.user.displayName })}
        </Typography.Title>
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'organization', label: t('identity.field.organization'), children: me.organization.name },
            {
              key: 'roles',
              label: t('identity.field.roles'),
              children: me.roles.map((role) => <Tag key={role}>{t(`identity.role.${role}`)}</Tag>),
            },
          ]}
        />
      </Card>
      <Card title={t('review.roundsTitle')}>
        <Empty description={t('review.noRounds')} />
      </Card>
    </>
  );
}
