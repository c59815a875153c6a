import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { ResetPasswordDocument } from '../../gql/graphql';
import { AuthLayout } from './AuthLayout';
import { applyFieldErrors, describeError, problemMessage } from './errors';
import { PASSWORD_MIN_LENGTH } from './fields';

interface ResetValues {
  password: string;
  confirm: string;
}

/** From the reset e-mail: choose a new password, then log in with it. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const [form] = Form.useForm<ResetValues>();
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string>();

  const onFinish = async ({ password }: ResetValues) => {
    setFormError(undefined);
    try {
      await reset({ variables: { token, password } });
      setDone(true);
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'NOT_FOUND' || problem.code === 'UNAUTHENTICATED') {
        setFormError(t('identity.reset.invalid'));
        return;
      }
      const fieldMessages = {
        password: t('identity.validation.passwordLength', { min: PASSWORD_MIN_LENGTH }),
      };
      if (!applyFieldErrors(form, problem, fieldMessages)) setFormError(problemMessage(t, problem));
    }
  };

  let body;
  if (!token)
    body = (
      <Alert
        type="warning"
        showIcon
        message={t('identity.reset.invalid')}
        action={<Link to={paths.forgotPassword}>{t('identity.reset.again')}</Link>}
      />
    );
  else if (done)
    body = (
      <Flex vertical gap={16}>
        <Alert type="success" showIcon message={t('identity.reset.done')} />
        <Link to={paths.logIn}>
          <Button type="primary" block>
            {t('identity.logIn.submit')}
          </Button>
        </Link>
      </Flex>
    );
  else
    body = (
      <>
        {formError ? (
          <Alert
            type="error"
            showIcon
            message={formError}
            style={{ marginBottom: 16 }}
            action={<Link to={paths.forgotPassword}>{t('identity.reset.again')}</Link>}
          />
        ) : null}
        <Form<ResetValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          disabled={loading}
        >
          <Form.Item
            name="password"
            label={t('identity.reset.newPassword')}
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
            <Input.Password autoComplete="new-password" autoFocus />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('identity.reset.confirm')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('identity.validation.passwordRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue('password') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('identity.reset.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            {t('identity.reset.submit')}
          </Button>
        </Form>
      </>
    );

  return <AuthLayout title={t('identity.reset.title')}>{body}</AuthLayout>;
}
