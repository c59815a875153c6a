import { EditOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  ChannelsDocument,
  ProgrammesDocument,
  type ChannelFieldsFragment,
  type ProgrammeFieldsFragment,
} from '../../gql/graphql';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { ChannelModal } from './ChannelModal';
import { InviteChannelMemberModal } from './InviteChannelMemberModal';
import { NominateModal } from './NominateModal';
import { countryName, formatInstant, otherText, pickText } from './shared';

/** Organizers: the recommending channels and their members. Channel members: their channels and open calls. */
export default function ChannelsPage() {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const organizer = hasRole('ORGANIZER');
  const [editing, setEditing] = useState<ChannelFieldsFragment | 'new'>();
  const [inviting, setInviting] = useState<ChannelFieldsFragment>();
  const [notice, setNotice] = useState<string>();
  const { data, error, loading, refetch } = useQuery(ChannelsDocument, { variables: { first: 100 } });
  const channels = data?.channels.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <PageHeader
        title={t('programmes.channels.title')}
        intro={organizer ? t('programmes.channels.intro') : t('programmes.channels.introChannel')}
        extra={
          organizer ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('programmes.channels.new')}
            </Button>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        {notice ? (
          <Alert type="success" showIcon closable message={notice} onClose={() => setNotice(undefined)} />
        ) : null}
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : organizer ? (
          <Card>
            <ChannelsTable channels={channels} loading={loading} onEdit={setEditing} onInvite={setInviting} />
          </Card>
        ) : (
          <ChannelMemberView channels={channels} loading={loading} onNominated={setNotice} />
        )}
      </Flex>
      {organizer ? (
        <>
          <ChannelModal
            channel={editing === 'new' ? undefined : editing}
            open={editing !== undefined}
            onClose={() => setEditing(undefined)}
            onSaved={() => {
              setEditing(undefined);
              setNotice(t('programmes.channels.saved'));
            }}
          />
          <InviteChannelMemberModal
            channel={inviting}
            onClose={() => setInviting(undefined)}
            onInvited={(email) => {
              setInviting(undefined);
              setNotice(t('programmes.channels.invitedMessage', { email }));
            }}
          />
        </>
      ) : null}
    </>
  );
}

function ChannelsTable({
  channels,
  loading,
  onEdit,
  onInvite,
}: {
  channels: ChannelFieldsFragment[];
  loading: boolean;
  onEdit: (channel: ChannelFieldsFragment) => void;
  onInvite: (channel: ChannelFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  return (
    <Table<ChannelFieldsFragment>
      rowKey="id"
      loading={loading}
      dataSource={channels}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('programmes.channels.empty')} />
        ),
      }}
      columns={[
        {
          key: 'name',
          title: t('programmes.channels.column.name'),
          render: (_, channel) => (
            <Flex vertical>
              <span>{pickText(channel.name, language)}</span>
              {otherText(channel.name, language) ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {otherText(channel.name, language)}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        },
        {
          key: 'kind',
          title: t('programmes.channels.column.kind'),
          onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          render: (_, channel) => (
            <span style={{ whiteSpace: 'nowrap' }}>{t(`programmes.channels.kind.${channel.kind}`)}</span>
          ),
        },
        {
          key: 'country',
          title: t('programmes.channels.column.country'),
          onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          render: (_, channel) => countryName(channel.country, language),
        },
        {
          key: 'contact',
          title: t('programmes.channels.column.contact'),
          render: (_, channel) => channel.contactEmail ?? t('programmes.common.none'),
        },
        {
          key: 'members',
          title: t('programmes.channels.column.members'),
          render: (_, channel) =>
            channel.members.length ? (
              <Flex vertical gap={2}>
                {channel.members.map((member) => (
                  <Space key={member.email} size={4}>
                    <span>{member.email}</span>
                    <Tag color={member.joined ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
                      {member.joined ? t('programmes.channels.joined') : t('programmes.channels.invited')}
                    </Tag>
                  </Space>
                ))}
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('programmes.channels.noMembers')}</Typography.Text>
            ),
        },
        {
          key: 'actions',
          title: t('programmes.channels.column.actions'),
          render: (_, channel) => (
            <Space wrap>
              <Button size="small" icon={<UserAddOutlined />} onClick={() => onInvite(channel)}>
                {t('programmes.channels.invite')}
              </Button>
              <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(channel)}>
                {t('programmes.channels.edit')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}

/** A channel member's view: their channels, and each open call with "Nominate" and the batch import. */
function ChannelMemberView({
  channels,
  loading,
  onNominated,
}: {
  channels: ChannelFieldsFragment[];
  loading: boolean;
  onNominated: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { me } = useSession();
  const zone = me?.user.timeZone ?? browserTimeZone();
  const [nominating, setNominating] = useState<ProgrammeFieldsFragment>();
  const programmes = useQuery(ProgrammesDocument, { variables: { first: 50, status: 'OPEN' } });
  const open = programmes.data?.programmes.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <Card title={t('programmes.channels.title')}>
        <List
          loading={loading}
          dataSource={channels}
          locale={{ emptyText: t('programmes.channels.emptyChannel') }}
          renderItem={(channel) => (
            <List.Item>
              <List.Item.Meta
                title={pickText(channel.name, language)}
                description={`${t(`programmes.channels.kind.${channel.kind}`)} · ${countryName(channel.country, language)}`}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('programmes.channels.openProgrammes')}>
        {programmes.error && !programmes.data ? (
          <QueryError
            error={programmes.error}
            onRetry={() => void programmes.refetch().catch(() => undefined)}
          />
        ) : (
          <List
            loading={programmes.loading}
            dataSource={open}
            locale={{ emptyText: t('programmes.channels.noOpenProgrammes') }}
            renderItem={(programme) => (
              <List.Item
                actions={[
                  <Button
                    key="nominate"
                    type="primary"
                    disabled={!programme.acceptingSubmissions || channels.length === 0}
                    onClick={() => setNominating(programme)}
                  >
                    {t('programmes.channels.nominate')}
                  </Button>,
                  <Link key="import" to={`${paths.programme(programme.id)}?tab=import`}>
                    {t('programmes.channels.batchImport')}
                  </Link>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Link to={paths.programme(programme.id)}>{pickText(programme.title, language)}</Link>
                  }
                  description={t('programmes.channels.closesAt', {
                    time: t('programmes.common.zoneNote', {
                      time: formatInstant(programme.closesAt, language, zone),
                      zone,
                    }),
                  })}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      <NominateModal
        programme={nominating}
        channels={channels}
        onClose={() => setNominating(undefined)}
        onNominated={(email) => {
          setNominating(undefined);
          onNominated(t('programmes.nominate.done', { email }));
        }}
      />
    </>
  );
}
