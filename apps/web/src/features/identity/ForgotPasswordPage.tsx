import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { RequestPasswordResetDocument } from '../../gql/graphql';
import { AuthLayout } from './AuthLayout';
import { describeError, problemMessage } from './errors';

/** Asks for a reset link; the answer never tells whether the e-mail has an account. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const [sentTo, setSentTo] = useState<string>();
  const [formError, setFormError] = useState<string>();

  const onFinish = async ({ email }: { email: string }) => {
    setFormError(undefined);
    try {
      await request({ variables: { email: email.trim(), locale: language } });
      setSentTo(email.trim());
    } catch (error) {
      setFormError(problemMessage(t, describeError(error)));
    }
  };

  return (
    <AuthLayout
      title={t('identity.forgot.title')}
      intro={sentTo ? undefined : t('identity.forgot.intro')}
      footer={<Link to={paths.logIn}>{t('identity.forgot.back')}</Link>}
    >
      {sentTo ? (
        <Alert type="success" showIcon message={t('identity.forgot.sent', { email: sentTo })} />
      ) : (
        <>
          {formError ? (
            <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />
          ) : null}
          <Form layout="vertical" requiredMark={false} onFinish={onFinish} disabled={loading}>
            <Form.Item
              name="email"
              label={t('identity.field.email')}
              rules={[
                { required: true, message: t('identity.validation.emailRequired') },
                { type: 'email', message: t('identity.validation.email') },
              ]}
            >
              <Input autoComplete="email" inputMode="email" autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading}>
              {t('identity.forgot.submit')}
            </Button>
          </Form>
        </>
      )}
    </AuthLayout>
  );
}
