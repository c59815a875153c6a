import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, theme } from 'antd';
// The input and the password input alone: `Input` from 'antd' carries TextArea, Search and OTP as its members.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { useState, type FormEvent, type ReactNode } from 'react';
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

type Field = keyof LogInValues;

/** The e-mail rule antd's forms apply (async-validator's pattern). */
const EMAIL =
  /^(([^<>()[\]\\.,;:\s@"]+(\.[^<>()[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+\.)+[a-zA-Z\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]{2,}))$/;

/**
 * A vertical form field drawn like antd's `Form.Item` (label above, message below). The log-in page is on the
 * way to every first screen, so it does without antd's Form (the form library and its validator, ~25 kB gzipped).
 */
function FormField(props: { id: Field; label: string; error?: string; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div style={{ marginBottom: props.error ? 0 : token.marginLG }}>
      <div style={{ paddingBottom: token.paddingXS, lineHeight: token.lineHeight }}>
        <label htmlFor={props.id} title={props.label} style={{ color: token.colorTextHeading }}>
          {props.label}
        </label>
      </div>
      {props.children}
      {props.error ? (
        <div
          id={`${props.id}_help`}
          role="alert"
          style={{ minHeight: token.controlHeightSM, color: token.colorError, lineHeight: token.lineHeight }}
        >
          {props.error}
        </div>
      ) : null}
    </div>
  );
}

/** E-mail and password; afterwards RedirectIfSignedIn takes the user on (see guards.tsx). */
export default function LogInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const { token } = theme.useToken();
  const [search] = useSearchParams();
  const [logIn, { loading }] = useMutation(LogInDocument);
  const [formError, setFormError] = useState<string>();
  const [values, setValues] = useState<LogInValues>({ email: '', password: '' });
  // Like antd's forms: a field is checked once it has been changed, and every field on submit.
  const [checked, setChecked] = useState<Record<Field, boolean>>({ email: false, password: false });

  const problems = (v: LogInValues): Partial<Record<Field, string>> => ({
    email: !v.email
      ? t('identity.validation.emailRequired')
      : v.email.length > 320 || !EMAIL.test(v.email)
        ? t('identity.validation.email')
        : undefined,
    password: !v.password ? t('identity.validation.passwordRequired') : undefined,
  });
  const all = problems(values);
  const errors = {
    email: checked.email ? all.email : undefined,
    password: checked.password ? all.password : undefined,
  };

  const change = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setChecked((c) => ({ ...c, [field]: true }));
  };

  const onFinish = async (event: FormEvent) => {
    event.preventDefault();
    setChecked({ email: true, password: true });
    if (all.email || all.password) return;
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
      <form
        onSubmit={(event) => void onFinish(event)}
        noValidate
        style={{
          color: token.colorText,
          fontSize: token.fontSize,
          lineHeight: token.lineHeight,
          fontFamily: token.fontFamily,
        }}
      >
        <FormField id="email" label={t('identity.field.email')} error={errors.email}>
          <Input
            id="email"
            value={values.email}
            onChange={(event) => change('email', event.target.value)}
            status={errors.email ? 'error' : undefined}
            aria-required
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? 'email_help' : undefined}
            disabled={loading}
            autoComplete="username"
            inputMode="email"
            autoFocus
          />
        </FormField>
        <FormField id="password" label={t('identity.field.password')} error={errors.password}>
          <Password
            id="password"
            value={values.password}
            onChange={(event) => change('password', event.target.value)}
            status={errors.password ? 'error' : undefined}
            aria-required
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? 'password_help' : undefined}
            disabled={loading}
            autoComplete="current-password"
          />
        </FormField>
        <Flex vertical gap={12}>
          <Button type="primary" htmlType="submit" block loading={loading}>
            {t('identity.logIn.submit')}
          </Button>
          <Link to={paths.forgotPassword} style={{ alignSelf: 'flex-end' }}>
            {t('identity.logIn.forgot')}
          </Link>
        </Flex>
      </form>
    </AuthLayout>
  );
}
