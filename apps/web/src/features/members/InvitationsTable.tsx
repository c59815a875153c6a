import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { describeError, problemMessage } from '../identity/errors';
import { formatDate } from '../identity/format';
import { useSession } from '../identity/useSession';
import {
  InvitationsDocument,
  RevokeInvitationDocument,
  type InvitationStatus,
  type InvitationsQuery,
} from '../../gql/graphql';
import { QueryError } from './QueryError';

const PAGE_SIZE = 50;

type Invitation = InvitationsQuery['invitations']['edges'][number]['node'];

const STATUS_COLOR: Record<InvitationStatus, string> = {
  PENDING: 'processing',
  ACCEPTED: 'success',
  REVOKED: 'default',
  EXPIRED: 'warning',
};

export function InvitationsTable() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { me } = useSession();
  const { data, error, loading, refetch, fetchMore } = useQuery(InvitationsDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [revokeInvitation] = useMutation(RevokeInvitationDocument);
  const [actionError, setActionError] = useState<string>();

  if (error && !data)
    return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const connection = data?.invitations;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const revoke = async (invitation: Invitation) => {
    setActionError(undefined);
    try {
      await revokeInvitation({ variables: { id: invitation.id } });
    } catch (err) {
      setActionError(problemMessage(t, describeError(err)));
    }
  };

  return (
    <Flex vertical gap={12}>
      {actionError ? <Alert type="error" showIcon message={actionError} closable /> : null}
      <Table<Invitation>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('members.noInvitations') }}
        columns={[
          { key: 'email', title: t('identity.field.email'), dataIndex: 'email' },
          {
            key: 'roles',
            title: t('identity.field.roles'),
            render: (_, inv) => inv.roles.map((role) => <Tag key={role}>{t(`identity.role.${role}`)}</Tag>),
          },
          {
            key: 'status',
            title: t('members.column.status'),
            render: (_, inv) => (
              <Tag color={STATUS_COLOR[inv.status]}>{t(`members.status.${inv.status}`)}</Tag>
            ),
          },
          {
            key: 'createdAt',
            title: t('members.column.sentAt'),
            render: (_, inv) => formatDate(inv.createdAt, language, me?.user.timeZone, true),
          },
          {
            key: 'expiresAt',
            title: t('members.column.expiresAt'),
            render: (_, inv) => formatDate(inv.expiresAt, language, me?.user.timeZone, true),
          },
          {
            key: 'actions',
            title: t('members.column.actions'),
            render: (_, inv) =>
              inv.status === 'PENDING' ? (
                <Popconfirm
                  title={t('members.revokeConfirm', { email: inv.email })}
                  okText={t('members.revoke')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => revoke(inv)}
                >
                  <Button size="small" danger>
                    {t('members.revoke')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      {connection?.pageInfo.hasNextPage ? (
        <Button
          onClick={() =>
            void fetchMore({ variables: { first: PAGE_SIZE, after: connection.pageInfo.endCursor } }).catch(
              () => undefined,
            )
          }
        >
          {t('common.loadMore')}
        </Button>
      ) : null}
    </Flex>
  );
}
