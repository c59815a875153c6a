import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { AuthLayout } from './AuthLayout';
import { describeError, problemMessage } from './errors';
import { LogInDocument } from '../../gql/graphql';
import { useSession } from './useSession';

interface LogInValues {
  email: string;
  password: string;
}

/** E-mail and password; afterwards RedirectIfSignedIn takes the user on (see guards.tsx). */
export default function LogInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [search] = useSearchParams();
  const [logIn, { loading }] = useMutation(LogInDocument);
  const [formError, setFormError] = useState<string>();

  const onFinish = async (values: LogInValues) => {
    setFormError(undefined);
    try {
      const { data } = await logIn({ variables: { input: { ...values, email: values.email.trim() } } });
      if (data) signIn(data.logIn);
    } catch (error) {
      const problem = describeError(error);
      setFormError(
        problem.code === 'UNAUTHENTICATED' || problem.code === 'VALIDATION'
          ? t('identity.logIn.invalid')
          : problemMessage(t, problem),
      );
    }
  };

  return (
    <AuthLayout
      title={t('identity.logIn.title')}
      intro={search.get('next') ? t('identity.logIn.needed') : undefined}
      footer={
        <>
          {t('identity.logIn.noAccount')} <Link to={paths.signUp}>{t('identity.signUp.link')}</Link>
        </>
      }
    >
      {formError ? (
        <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form<LogInValues> layout="vertical" requiredMark={false} onFinish={onFinish} disabled={loading}>
        <Form.Item
          name="email"
          label={t('identity.field.email')}
          rules={[
            { required: true, message: t('identity.validation.emailRequired') },
            { type: 'email', message: t('identity.validation.email') },
          ]}
        >
          <Input autoComplete="username" inputMode="email" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('identity.field.password')}
          rules={[{ required: true, message: t('identity.validation.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Flex vertical gap={12}>
          <Button type="primary" htmlType="submit" block loading={loading}>
            {t('identity.logIn.submit')}
          </Button>
          <Link to={paths.forgotPassword} style={{ alignSelf: 'flex-end' }}>
            {t('identity.logIn.forgot')}
          </Link>
        </Flex>
      </Form>
    </AuthLayout>
  );
}
