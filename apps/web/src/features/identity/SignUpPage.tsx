import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppLanguage } from '../../app/i18n';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import { AuthLayout } from './AuthLayout';
import { applyFieldErrors, describeError, problemMessage } from './errors';
import { browserTimeZone, DisplayNameItem, LocaleItems, PASSWORD_MIN_LENGTH } from './fields';
import { SignUpDocument } from '../../gql/graphql';
import { useSession } from './useSession';

interface SignUpValues {
  email: string;
  password: string;
  displayName: string;
  organizationName: string;
  locale: AppLanguage;
  timeZone: string;
}

/** Creates an account and the organisation it runs; the new user is its organizer. */
export default function SignUpPage() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { signIn } = useSession();
  const [form] = Form.useForm<SignUpValues>();
  const [signUp, { loading }] = useMutation(SignUpDocument);
  const [formError, setFormError] = useState<string>();

  // The account's language follows the header switch until the user picks one in the form.
  useEffect(() => {
    if (!form.isFieldTouched('locale')) form.setFieldValue('locale', language);
  }, [form, language]);

  const onFinish = async (values: SignUpValues) => {
    setFormError(undefined);
    try {
      const { data } = await signUp({ variables: { input: { ...values, email: values.email.trim() } } });
      if (data) signIn(data.signUp);
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'CONFLICT') {
        form.setFields([{ name: 'email', errors: [t('identity.error.emailTaken')] }]);
        return;
      }
      const fieldMessages = {
        email: t('identity.validation.email'),
        password: t('identity.validation.passwordLength', { min: PASSWORD_MIN_LENGTH }),
        displayName: t('identity.validation.displayName'),
        organizationName: t('identity.validation.organizationName'),
        locale: t('identity.validation.locale'),
        timeZone: t('identity.validation.timeZone'),
      };
      if (!applyFieldErrors(form, problem, fieldMessages)) setFormError(problemMessage(t, problem));
    }
  };

  return (
    <AuthLayout
      title={t('identity.signUp.title')}
      intro={t('identity.signUp.intro')}
      width={520}
      footer={
        <>
          {t('identity.signUp.haveAccount')} <Link to={paths.logIn}>{t('identity.logIn.submit')}</Link>
        </>
      }
    >
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<SignUpValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ locale: language, timeZone: browserTimeZone() }}
        disabled={loading}
      >
        <Form.Item
          name="email"
          label={t('identity.field.email')}
          rules={[
            { required: true, message: t('identity.validation.emailRequired') },
            { type: 'email', message: t('identity.validation.email') },
            { max: 254, message: t('identity.validation.email') },
          ]}
        >
          <Input autoComplete="email" inputMode="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('identity.field.password')}
          extra={t('identity.field.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          rules={[
            { required: true, message: t('identity.validation.passwordRequired') },
            {
              min: PASSWORD_MIN_LENGTH,
              max: 200,
              message: t('identity.validation.passwordLength', { min: PASSWORD_MIN_LENGTH }),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <DisplayNameItem />
        <Form.Item
          name="organizationName"
          label={t('identity.field.organizationName')}
          extra={t('identity.field.organizationNameHint')}
          rules={[
            { required: true, whitespace: true, message: t('identity.validation.organizationName') },
            { min: 2, max: 200, message: t('identity.validation.organizationName') },
          ]}
        >
          <Input autoComplete="organization" />
        </Form.Item>
        <LocaleItems />
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t('identity.signUp.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
