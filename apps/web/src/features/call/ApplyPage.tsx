import '../projects/strings';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Form, Input, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { AppLanguage } from '../../app/i18n';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import {
  JoinAsApplicantDocument,
  OpenCallDocument,
  SignUpApplicantDocument,
  type OpenCallFieldsFragment,
} from '../../gql/graphql';
import { AuthLayout } from '../identity/AuthLayout';
import { applyFieldErrors, describeError, problemMessage } from '../identity/errors';
import { browserTimeZone, DisplayNameItem, LocaleItems, PASSWORD_MIN_LENGTH } from '../identity/fields';
import { applyAuthPayload } from '../identity/session-store';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { formatWithZone, pickText } from '../projects/format';
import { CallUnavailable } from './CallUnavailable';

interface ApplicantValues {
  email: string;
  password: string;
  displayName: string;
  locale: AppLanguage;
  timeZone: string;
}

/** Public: an applicant account for the call's organisation (or the signed-in account), then the wizard. */
export default function ApplyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OpenCallDocument, { variables: { id } });
  const call = data?.openCall;
  if (error && !call) {
    const code = describeError(error).code;
    if (code === 'NOT_FOUND' || code === 'VALIDATION') return <CallUnavailable />;
    return (
      <AuthLayout title={t('projects.call.apply')}>
        <QueryError error={error} onRetry={() => void refetch()} />
      </AuthLayout>
    );
  }
  if (loading || !call)
    return (
      <AuthLayout title={t('projects.call.apply')}>
        <Skeleton active />
      </AuthLayout>
    );
  if (!call.acceptingSubmissions) return <CallUnavailable call={call} />;
  return <Apply call={call} />;
}

function Apply({ call }: { call: OpenCallFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { status } = useSession();
  const title = pickText(call.title, language);
  return (
    <AuthLayout
      title={t('projects.apply.title', { call: title })}
      intro={
        <>
          {t('projects.apply.intro', { organization: call.organizationName })}
          <br />
          <strong>
            {t('projects.apply.deadline', {
              time: formatWithZone(call.closesAt, language, browserTimeZone()),
            })}
          </strong>
        </>
      }
      width={520}
      footer={<Link to={paths.openCall(call.id)}>{t('projects.apply.back')}</Link>}
    >
      {status === 'restoring' ? (
        <Skeleton active />
      ) : status === 'authenticated' ? (
        <SignedIn call={call} />
      ) : (
        <SignUp call={call} />
      )}
    </AuthLayout>
  );
}

/** A signed-in user applies with their account: joins the call's organisation as an applicant when needed. */
function SignedIn({ call }: { call: OpenCallFieldsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { me, roles, signOut } = useSession();
  const [joining, setJoining] = useState(false);
  const [formError, setFormError] = useState<string>();
  if (!me) return null;
  const ready = me.organization.id === call.organizationId && roles.includes('APPLICANT');

  const join = async () => {
    setFormError(undefined);
    setJoining(true);
    try {
      const { data } = await client.mutate({
        mutation: JoinAsApplicantDocument,
        variables: { organizationId: call.organizationId },
      });
      if (!data) return;
      applyAuthPayload(data.joinAsApplicant);
      await client.resetStore();
      void navigate(paths.newProject(call.id));
    } catch (error) {
      setFormError(problemMessage(t, describeError(error)));
    } finally {
      setJoining(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      {formError ? <Alert type="error" showIcon message={formError} role="alert" /> : null}
      <Alert
        type="info"
        showIcon
        message={t('projects.apply.signedInAs', { name: me.user.displayName, email: me.user.email })}
        description={ready ? t('projects.apply.alreadyApplicant') : undefined}
      />
      {ready ? (
        <Button type="primary" block onClick={() => void navigate(paths.newProject(call.id))}>
          {t('projects.apply.startProject')}
        </Button>
      ) : (
        <Button type="primary" block loading={joining} onClick={() => void join()}>
          {t('projects.apply.applyWithAccount')}
        </Button>
      )}
      <div style={{ textAlign: 'center' }}>
        {t('projects.apply.notYou')}{' '}
        <Button type="link" style={{ padding: 0 }} onClick={() => void signOut()}>
          {t('projects.apply.signOut')}
        </Button>
      </div>
    </Flex>
  );
}

function SignUp({ call }: { call: OpenCallFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [form] = Form.useForm<ApplicantValues>();
  const [signUp, { loading }] = useMutation(SignUpApplicantDocument);
  const [formError, setFormError] = useState<string>();
  const [accountExists, setAccountExists] = useState(false);
  const logInPath = `${paths.logIn}?next=${encodeURIComponent(paths.apply(call.id))}`;

  // The account's language follows the header switch until the user picks one in the form.
  useEffect(() => {
    if (!form.isFieldTouched('locale')) form.setFieldValue('locale', language);
  }, [form, language]);

  const onFinish = async (values: ApplicantValues) => {
    setFormError(undefined);
    setAccountExists(false);
    try {
      const { data } = await signUp({
        variables: { input: { ...values, email: values.email.trim(), organizationId: call.organizationId } },
      });
      if (!data) return;
      signIn(data.signUpApplicant);
      void navigate(paths.newProject(call.id));
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'CONFLICT' && (problem.reason === 'ACCOUNT_EXISTS' || !problem.reason)) {
        setAccountExists(true);
        form.setFields([{ name: 'email', errors: [t('projects.apply.accountExists')] }]);
        return;
      }
      const fieldMessages = {
        email: t('identity.validation.email'),
        password: t('identity.validation.passwordLength', { min: PASSWORD_MIN_LENGTH }),
        displayName: t('identity.validation.displayName'),
        locale: t('identity.validation.locale'),
        timeZone: t('identity.validation.timeZone'),
      };
      if (!applyFieldErrors(form, problem, fieldMessages)) setFormError(problemMessage(t, problem));
    }
  };

  return (
    <>
      {formError ? (
        <Alert type="error" showIcon message={formError} role="alert" style={{ marginBottom: 16 }} />
      ) : null}
      {accountExists ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message={t('projects.apply.accountExists')}
          description={t('projects.apply.accountExistsBody')}
          action={
            <Link to={logInPath}>
              <Button type="primary" size="small">
                {t('projects.apply.signInAndApply')}
              </Button>
            </Link>
          }
        />
      ) : null}
      <Form<ApplicantValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ locale: language, timeZone: browserTimeZone() }}
        disabled={loading}
      >
        <DisplayNameItem />
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
        <LocaleItems />
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t('projects.apply.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        {t('projects.apply.haveAccount')} <Link to={logInPath}>{t('projects.apply.signInAndApply')}</Link>
      </div>
    </>
  );
}
