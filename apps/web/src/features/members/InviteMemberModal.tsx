import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvitationsDocument, InviteMemberDocument, type Role } from '../../gql/graphql';
import { applyFieldErrors, describeError, problemMessage } from '../identity/errors';
import { RolesSelect } from './RolesSelect';

interface InviteValues {
  email: string;
  roles: Role[];
}

/** Sends an invitation e-mail; the invitee accepts at /invitations/accept. */
export function InviteMemberModal({
  open,
  onClose,
  onInvited,
}: {
  open: boolean;
  onClose: () => void;
  onInvited: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InviteValues>();
  const [invite, { loading }] = useMutation(InviteMemberDocument, {
    refetchQueries: [InvitationsDocument],
  });
  const [formError, setFormError] = useState<string>();

  const onFinish = async (values: InviteValues) => {
    setFormError(undefined);
    try {
      await invite({ variables: { input: { email: values.email.trim(), roles: values.roles } } });
      form.resetFields();
      onInvited();
    } catch (err) {
      const problem = describeError(err);
      if (problem.code === 'CONFLICT') {
        form.setFields([{ name: 'email', errors: [t('members.invite.conflict')] }]);
        return;
      }
      const fieldMessages = { email: t('identity.validation.email'), roles: t('members.validation.roles') };
      if (!applyFieldErrors(form, problem, fieldMessages)) setFormError(problemMessage(t, problem));
    }
  };

  return (
    <Modal
      open={open}
      title={t('members.invite.title')}
      okText={t('members.invite.send')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<InviteValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ roles: ['REVIEWER'] }}
      >
        <Form.Item
          name="email"
          label={t('identity.field.email')}
          rules={[
            { required: true, message: t('identity.validation.emailRequired') },
            { type: 'email', message: t('identity.validation.email') },
          ]}
        >
          <Input autoComplete="off" inputMode="email" />
        </Form.Item>
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
