import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Form, Input, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import type { AppLanguage } from '../../app/i18n';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '../../gql/graphql';
import { AuthLayout } from './AuthLayout';
import { applyFieldErrors, describeError, invitationConflict, problemMessage } from './errors';
import { browserTimeZone, DisplayNameItem, LocaleItems, PASSWORD_MIN_LENGTH } from './fields';
import { formatDate } from './format';
import { homePathFor } from './roles';
import { useSession } from './useSession';

interface AcceptValues {
  password: string;
  displayName?: string;
  locale: AppLanguage;
  timeZone: string;
}

/** From the invitation e-mail: join the organisation, creating the account if there is none. */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const session = useSession();
  const [form] = Form.useForm<AcceptValues>();
  const preview = useQuery(InvitationPreviewDocument, { variables: { token }, skip: !token });
  const [accept, { loading }] = useMutation(AcceptInvitationDocument);
  const [formError, setFormError] = useState<string>();
  const [accepted, setAccepted] = useState(false);

  if (accepted && session.status === 'authenticated')
    return <Navigate to={homePathFor(session.roles)} replace />;

  const title = t('identity.invitation.title');
  if (!token || preview.error) {
    const problem = preview.error ? describeError(preview.error) : undefined;
    const invalid = !problem || problem.code === 'NOT_FOUND' || problem.code === 'VALIDATION';
    const conflict = problem && invitationConflict(problem);
    let message: string;
    if (invalid) message = t('identity.invitation.invalid');
    else if (conflict) message = t(`identity.invitation.${conflict}`);
    else message = problemMessage(t, problem);
    return (
      <AuthLayout title={title}>
        <Alert
          type="warning"
          showIcon
          message={message}
          description={invalid ? t('identity.invitation.invalidHint') : undefined}
          action={<Link to={paths.logIn}>{t('identity.logIn.submit')}</Link>}
        />
      </AuthLayout>
    );
  }
  const invitation = preview.data?.invitationPreview;
  if (!invitation) {
    return (
      <AuthLayout title={title}>
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      </AuthLayout>
    );
  }

  const onFinish = async (values: AcceptValues) => {
    setFormError(undefined);
    try {
      const { data } = await accept({
        variables: {
          input: {
            token,
            password: values.password,
            displayName: invitation.accountExists ? undefined : values.displayName?.trim(),
            locale: values.locale,
            timeZone: values.timeZone,
          },
        },
      });
      if (!data) return;
      setAccepted(true);
      session.signIn(data.acceptInvitation);
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'UNAUTHENTICATED') {
        form.setFields([{ name: 'password', errors: [t('identity.invitation.wrongPassword')] }]);
        return;
      }
      const fieldMessages = {
        password: t('identity.validation.passwordLength', { min: PASSWORD_MIN_LENGTH }),
        displayName: t('identity.validation.displayName'),
        locale: t('identity.validation.locale'),
        timeZone: t('identity.validation.timeZone'),
      };
      const conflict = invitationConflict(problem);
      if (conflict) setFormError(t(`identity.invitation.${conflict}`));
      else if (!applyFieldErrors(form, problem, fieldMessages)) setFormError(problemMessage(t, problem));
    }
  };

  return (
    <AuthLayout
      title={title}
      intro={t('identity.invitation.intro', { organization: invitation.organizationName })}
      width={520}
    >
      <dl className="sixcan-facts">
        <dt>{t('identity.field.email')}</dt>
        <dd>{invitation.email}</dd>
        <dt>{t('identity.field.roles')}</dt>
        <dd>
          {invitation.roles.map((role) => t(`identity.role.${role}`)).join(t('identity.listSeparator'))}
        </dd>
        <dt>{t('identity.invitation.expiresAt')}</dt>
        <dd>{formatDate(invitation.expiresAt, language, undefined, true)}</dd>
      </dl>
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<AcceptValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        disabled={loading}
        initialValues={{ locale: language, timeZone: browserTimeZone() }}
      >
        {invitation.accountExists ? (
          <Alert
            type="info"
            showIcon
            message={t('identity.invitation.accountExists')}
            style={{ marginBottom: 16 }}
          />
        ) : (
          <DisplayNameItem />
        )}
        <Form.Item
          name="password"
          label={t('identity.field.password')}
          extra={
            invitation.accountExists
              ? undefined
              : t('identity.field.passwordHint', { min: PASSWORD_MIN_LENGTH })
          }
          rules={[
            { required: true, message: t('identity.validation.passwordRequired') },
            ...(invitation.accountExists
              ? []
              : [
                  {
                    min: PASSWORD_MIN_LENGTH,
                    max: 200,
                    message: t('identity.validation.passwordLength', { min: PASSWORD_MIN_LENGTH }),
                  },
                ]),
          ]}
        >
          <Input.Password autoComplete={invitation.accountExists ? 'current-password' : 'new-password'} />
        </Form.Item>
        {invitation.accountExists ? null : <LocaleItems />}
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t('identity.invitation.accept')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
