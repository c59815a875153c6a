import { UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/layout/PageHeader';
import { InvitationsTable } from './InvitationsTable';
import { InviteMemberModal } from './InviteMemberModal';
import { MembersTable } from './MembersTable';

/** Organizers: who is in the organisation with which roles, and the invitations sent. */
export default function MembersPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState('members');
  const [inviting, setInviting] = useState(false);
  return (
    <>
      <PageHeader
        title={t('members.title')}
        intro={t('members.intro')}
        extra={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)}>
            {t('members.invite.button')}
          </Button>
        }
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'members', label: t('members.tab.members'), children: <MembersTable /> },
            { key: 'invitations', label: t('members.tab.invitations'), children: <InvitationsTable /> },
          ]}
        />
      </Card>
      <InviteMemberModal
        open={inviting}
        onClose={() => setInviting(false)}
        onInvited={() => {
          setInviting(false);
          setTab('invitations');
        }}
      />
    </>
  );
}
