import { useMutation } from '@apollo/client/react';
import { Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../app/i18n';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { ChannelsDocument, InviteChannelMemberDocument, type ChannelFieldsFragment } from '../../gql/graphql';
import { applyFieldErrors, describeError, problemMessage } from '../identity/errors';
import { FormModal, requiredEmailRules, useLanguageOptions } from './channel-modal-parts';
import { pickText } from './shared';

interface InviteValues {
  email: string;
  locale: AppLanguage;
}

/** Invites a person to a channel (they get the Channel role). */
export function InviteChannelMemberModal({
  channel,
  onClose,
  onInvited,
}: {
  channel: ChannelFieldsFragment | undefined;
  onClose: () => void;
  onInvited: (email: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<InviteValues>();
  const [invite, { loading }] = useMutation(InviteChannelMemberDocument, {
    refetchQueries: [ChannelsDocument],
  });
  const [formError, setFormError] = useState<string>();
  const languageOptions = useLanguageOptions();

  const onFinish = async (values: InviteValues) => {
    if (!channel) return;
    setFormError(undefined);
    const email = values.email.trim();
    try {
      await invite({ variables: { input: { channelId: channel.id, email, locale: values.locale } } });
      form.resetFields();
      onInvited(email);
    } catch (err) {
      const problem = describeError(err);
      if (problem.code === 'CONFLICT') {
        form.setFields([{ name: 'email', errors: [t('programmes.channels.inviteConflict')] }]);
        return;
      }
      if (!applyFieldErrors(form, problem, { email: t('programmes.channels.validation.email') }))
        setFormError(problemMessage(t, problem));
    }
  };

  return (
    <FormModal
      open={channel !== undefined}
      title={t('programmes.channels.inviteTitle', {
        channel: channel ? pickText(channel.name, language) : '',
      })}
      okText={t('programmes.channels.inviteSend')}
      onOk={() => form.submit()}
      onClose={onClose}
      loading={loading}
      intro={
        <Typography.Paragraph type="secondary">{t('programmes.channels.inviteIntro')}</Typography.Paragraph>
      }
      formError={formError}
    >
      <Form<InviteValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ locale: language }}
      >
        <Form.Item name="email" label={t('programmes.channels.field.email')} rules={requiredEmailRules(t)}>
          <Input inputMode="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="locale" label={t('programmes.channels.field.locale')}>
          <Select options={languageOptions} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
