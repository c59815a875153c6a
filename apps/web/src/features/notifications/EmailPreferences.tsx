import './strings';
import { useMutation, useQuery } from '@apollo/client/react';
import { LockOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, List, Skeleton, Switch, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EmailPreferencesDocument,
  UpdateEmailPreferencesDocument,
  type NotificationCategory,
} from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { QueryError } from '../members/QueryError';
import { categoryIcon } from './ui';

/** The signed-in user's e-mail preferences: one switch per category; SECURITY is on and cannot be changed. */
export default function EmailPreferences() {
  const { t } = useTranslation();
  const query = useQuery(EmailPreferencesDocument, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdateEmailPreferencesDocument);
  const [saving, setSaving] = useState<NotificationCategory>();
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error'; message: string }>();
  const preferences = query.data?.emailPreferences;
  const card = useRef<HTMLDivElement>(null);
  const loaded = Boolean(preferences);
  // Linked as /profile#email-preferences: the card loads after the page, so scroll to it once it is there.
  useEffect(() => {
    if (loaded && window.location.hash === '#email-preferences')
      card.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [loaded]);

  const toggle = async (category: NotificationCategory, emailEnabled: boolean) => {
    setSaving(category);
    setOutcome(undefined);
    try {
      await update({
        variables: { input: { preferences: [{ category, emailEnabled }] } },
        optimisticResponse: {
          updateEmailPreferences: (preferences ?? []).map((p) =>
            p.category === category ? { ...p, emailEnabled } : p,
          ),
        },
        update: (cache, { data }) => {
          if (data)
            cache.writeQuery({
              query: EmailPreferencesDocument,
              data: { emailPreferences: data.updateEmailPreferences },
            });
        },
      });
      setOutcome({
        type: 'success',
        message: t('notifications.preferences.saved', {
          category: t(`notifications.category.${category}`),
          state: emailEnabled
            ? t('notifications.preferences.stateOn')
            : t('notifications.preferences.stateOff'),
        }),
      });
    } catch (error) {
      const problem = describeError(error);
      setOutcome({
        type: 'error',
        message:
          problem.reason === 'MANDATORY_CATEGORY'
            ? t('notifications.preferences.mandatory')
            : problemMessage(t, problem),
      });
    } finally {
      setSaving(undefined);
    }
  };

  return (
    <Card
      ref={card}
      title={t('notifications.preferences.title')}
      id="email-preferences"
      data-testid="email-preferences"
    >
      <Typography.Paragraph type="secondary">{t('notifications.preferences.intro')}</Typography.Paragraph>
      {outcome ? (
        <Alert
          type={outcome.type}
          showIcon
          message={outcome.message}
          role={outcome.type === 'error' ? 'alert' : 'status'}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {query.error && !preferences ? (
        <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : !preferences ? (
        <Skeleton active paragraph={{ rows: 5 }} />
      ) : (
        <List
          dataSource={preferences}
          renderItem={(preference) => {
            const label = t(`notifications.category.${preference.category}`);
            const control = (
              <Switch
                checked={preference.mandatory || preference.emailEnabled}
                disabled={preference.mandatory}
                loading={saving === preference.category}
                checkedChildren={t('notifications.preferences.on')}
                unCheckedChildren={t('notifications.preferences.off')}
                onChange={(checked) => void toggle(preference.category, checked)}
                aria-label={label}
                data-testid={`email-preference-${preference.category}`}
              />
            );
            return (
              <List.Item
                key={preference.category}
                actions={[
                  preference.mandatory ? (
                    <Tooltip key="switch" title={t('notifications.preferences.locked')}>
                      {control}
                    </Tooltip>
                  ) : (
                    <span key="switch">{control}</span>
                  ),
                ]}
              >
                <Flex gap={10} align="flex-start">
                  <span style={{ marginTop: 3 }}>{categoryIcon(preference.category)}</span>
                  <Flex vertical gap={2}>
                    <Typography.Text strong>{label}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t(`notifications.categoryHint.${preference.category}`)}
                    </Typography.Text>
                    {preference.mandatory ? (
                      <Typography.Text
                        type="secondary"
                        style={{ fontSize: 12 }}
                        data-testid="email-preference-locked"
                      >
                        <LockOutlined /> {t('notifications.preferences.locked')}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
