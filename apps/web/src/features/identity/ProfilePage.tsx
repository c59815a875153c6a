import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage, type AppLanguage } from '../../app/i18n';
import { isAppLanguage } from '../../app/i18n/language';
import { PageHeader } from '../../app/layout/PageHeader';
import { applyFieldErrors, describeError, problemMessage } from './errors';
import { DisplayNameItem, LocaleItems } from './fields';
import { UpdateProfileDocument } from '../../gql/graphql';
import { useSession } from './useSession';

// The e-mail preferences belong to the notification centre's chunk.
const EmailPreferences = lazy(() => import('../notifications/EmailPreferences'));

interface ProfileValues {
  displayName: string;
  locale: AppLanguage;
  timeZone: string;
}

/** The signed-in user's name, language (also the UI language) and time zone. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const { me, updateMe } = useSession();
  const [form] = Form.useForm<ProfileValues>();
  const [updateProfile, { loading }] = useMutation(UpdateProfileDocument);
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  if (!me) return null;

  const onFinish = async (values: ProfileValues) => {
    setFormError(undefined);
    setSaved(false);
    try {
      const { data } = await updateProfile({
        variables: { input: { ...values, displayName: values.displayName.trim() } },
      });
      if (!data) return;
      updateMe(data.updateProfile);
      const locale = data.updateProfile.user.locale;
      if (isAppLanguage(locale)) setLanguage(locale);
      setSaved(true);
    } catch (error) {
      const problem = describeError(error);
      const fieldMessages = {
        displayName: t('identity.validation.displayName'),
        locale: t('identity.validation.locale'),
        timeZone: t('identity.validation.timeZone'),
      };
      if (!applyFieldErrors(form, problem, fieldMessages)) setFormError(problemMessage(t, problem));
    }
  };

  return (
    <>
      <PageHeader title={t('identity.profile.title')} intro={t('identity.profile.intro')} />
      <Card style={{ maxWidth: 640 }}>
        <Descriptions
          column={1}
          size="small"
          style={{ marginBottom: 24 }}
          items={[
            { key: 'email', label: t('identity.field.email'), children: me.user.email },
            { key: 'organization', label: t('identity.field.organization'), children: me.organization.name },
            {
              key: 'roles',
              label: t('identity.field.roles'),
              children: me.roles.map((role) => <Tag key={role}>{t(`identity.role.${role}`)}</Tag>),
            },
          ]}
        />
        {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
        {saved ? (
          <Alert type="success" showIcon message={t('identity.profile.saved')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form<ProfileValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          onValuesChange={() => setSaved(false)}
          disabled={loading}
          initialValues={{
            displayName: me.user.displayName,
            locale: isAppLanguage(me.user.locale) ? me.user.locale : undefined,
            timeZone: me.user.timeZone,
          }}
        >
          <DisplayNameItem />
          <LocaleItems languageHint={t('identity.profile.languageHint')} />
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('identity.profile.save')}
          </Button>
        </Form>
      </Card>
      <div style={{ maxWidth: 640, marginTop: 16 }}>
        <Suspense fallback={null}>
          <EmailPreferences />
        </Suspense>
      </div>
    </>
  );
}
