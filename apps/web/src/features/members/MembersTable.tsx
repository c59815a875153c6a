import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Form, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  MembersDocument,
  RemoveMemberDocument,
  UpdateMemberRolesDocument,
  type MembersQuery,
  type Role,
} from '../../gql/graphql';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { describeError, problemMessage, type ApiProblem } from '../identity/errors';
import { formatDate } from '../identity/format';
import { useSession } from '../identity/useSession';
import { QueryError } from './QueryError';
import { RolesSelect } from './RolesSelect';

const PAGE_SIZE = 50;

type Member = MembersQuery['members']['edges'][number]['node'];

/** CONFLICT here means the change would leave the organisation without an organizer. */
function memberProblem(t: TFunction, problem: ApiProblem): string {
  return problem.reason === 'LAST_ORGANIZER' ? t('members.lastOrganizer') : problemMessage(t, problem);
}

export function MembersTable() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { me } = useSession();
  const { data, error, loading, refetch, fetchMore } = useQuery(MembersDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [removeMember] = useMutation(RemoveMemberDocument);
  const [editing, setEditing] = useState<Member>();
  const [actionError, setActionError] = useState<string>();

  if (error && !data)
    return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const connection = data?.members;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const remove = async (member: Member) => {
    setActionError(undefined);
    try {
      await removeMember({ variables: { userId: member.userId } });
      await refetch();
    } catch (err) {
      setActionError(memberProblem(t, describeError(err)));
    }
  };

  return (
    <Flex vertical gap={12}>
      {actionError ? <Alert type="error" showIcon message={actionError} closable /> : null}
      <Table<Member>
        rowKey="userId"
        loading={loading}
        dataSource={rows}
        pagination={false}
        columns={[
          { key: 'name', title: t('identity.field.displayName'), dataIndex: 'displayName' },
          { key: 'email', title: t('identity.field.email'), dataIndex: 'email' },
          {
            key: 'roles',
            title: t('identity.field.roles'),
            render: (_, member) =>
              member.roles.map((role) => <Tag key={role}>{t(`identity.role.${role}`)}</Tag>),
          },
          {
            key: 'joinedAt',
            title: t('members.column.joinedAt'),
            render: (_, member) => formatDate(member.joinedAt, language, me?.user.timeZone),
          },
          {
            key: 'actions',
            title: t('members.column.actions'),
            render: (_, member) =>
              member.userId === me?.user.id ? (
                <span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('members.you')}</span>
              ) : (
                <Space>
                  <Button size="small" onClick={() => setEditing(member)}>
                    {t('members.editRoles')}
                  </Button>
                  <Popconfirm
                    title={t('members.removeConfirm', { name: member.displayName })}
                    okText={t('members.remove')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => remove(member)}
                  >
                    <Button size="small" danger>
                      {t('members.remove')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
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
      <EditRolesModal member={editing} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}

function EditRolesModal({ member, onClose }: { member: Member | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ roles: Role[] }>();
  const [updateRoles, { loading }] = useMutation(UpdateMemberRolesDocument);
  const [formError, setFormError] = useState<string>();

  const onFinish = async ({ roles }: { roles: Role[] }) => {
    if (!member) return;
    setFormError(undefined);
    try {
      await updateRoles({ variables: { userId: member.userId, roles } });
      onClose();
    } catch (err) {
      setFormError(memberProblem(t, describeError(err)));
    }
  };

  return (
    <Modal
      open={member !== undefined}
      title={t('members.editRolesTitle', { name: member?.displayName ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" initialValues={{ roles: member?.roles ?? [] }} onFinish={onFinish}>
        <Form.Item
          name="roles"
          label={t('identity.field.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('members.validation.roles') }]}
        >
          <RolesSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
