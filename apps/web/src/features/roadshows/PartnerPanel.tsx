import { LikeOutlined, RiseOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Popconfirm, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import {
  MarketProjectDocument,
  PartnerProjectStatusDocument,
  RecordIntentDocument,
  UpdateIntentDocument,
  type IntentKind,
  type IntentLevel,
  type LiveSlotFieldsFragment,
} from '../../gql/graphql';
import { describeError } from '../identity/errors';
import { IntentLevelTag, toMatchingProblem } from '../matching/ui';
import { usePartnerChoice } from '../matching/usePartnerChoice';
import { QueryError } from '../members/QueryError';
import { countryName, pickText } from '../programmes/shared';
import { ProblemAlert, type Problem } from '../screening/ui';

const KINDS: readonly IntentKind[] = [
  'INVESTMENT',
  'TECH_COOPERATION',
  'LANDING',
  'PROCUREMENT',
  'LICENSING',
];
const LEVELS: readonly IntentLevel[] = ['OBSERVING', 'CONSIDERING', 'COMMITTED'];

/**
 * A partner member during the pitch: the project on stage and a one-click "record intent" (source ROADSHOW,
 * so the organizers' counter moves); an intent of that kind already there can be raised instead.
 */
export function PartnerPanel({
  current,
  next,
}: {
  current: LiveSlotFieldsFragment | null;
  next: LiveSlotFieldsFragment | null;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { partners, partner, choose, error, refetch, loading } = usePartnerChoice();
  return (
    <Card
      title={t('roadshows.live.partner.title')}
      data-testid="partner-panel"
      style={{ flex: '1 1 380px', minWidth: 0 }}
    >
      <Flex vertical gap={12}>
        {error && !partners.length ? (
          <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : !partner ? (
          loading ? (
            <Skeleton active />
          ) : (
            <Alert type="info" showIcon message={t('roadshows.live.partner.noPartner')} />
          )
        ) : (
          <>
            {partners.length > 1 ? (
              <Select
                aria-label={t('roadshows.live.partner.actingFor')}
                value={partner.id}
                onChange={choose}
                options={partners.map((p) => ({ value: p.id, label: pickText(p.name, language) }))}
              />
            ) : (
              <Typography.Text type="secondary">
                {t('roadshows.live.partner.actingFor')}: {pickText(partner.name, language)}
              </Typography.Text>
            )}
            {current ? (
              <OnStageProject
                key={`${partner.id}-${current.projectId}`}
                partnerId={partner.id}
                slot={current}
              />
            ) : (
              <Typography.Text type="secondary">
                {t('roadshows.live.partner.waiting')}
                {next ? ` ${t('roadshows.live.next')}: ${pickText(next.title, language)}` : ''}
              </Typography.Text>
            )}
          </>
        )}
      </Flex>
    </Card>
  );
}

function OnStageProject({ partnerId, slot }: { partnerId: string; slot: LiveSlotFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const projectId = slot.projectId;
  const project = useQuery(MarketProjectDocument, { variables: { id: projectId } });
  const status = useQuery(PartnerProjectStatusDocument, {
    variables: { partnerId, projectId },
    fetchPolicy: 'cache-and-network',
  });
  const [record, recording] = useMutation(RecordIntentDocument);
  const [update, updating] = useMutation(UpdateIntentDocument);
  const [kind, setKind] = useState<IntentKind>('INVESTMENT');
  const [notice, setNotice] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const details = project.data?.publishedProject;
  const existing = status.data?.partnerProjectStatus.intents.find((i) => i.kind === kind);
  const kindLabel = t(`matching.intentKind.${kind}`);
  const reload = () => void status.refetch().catch(() => undefined);

  const fail = (error: unknown) => {
    const described = describeError(error);
    setProblem(
      described.code === 'CONFLICT'
        ? { message: t('matching.problem.stale'), detail: described.message }
        : toMatchingProblem(t, error),
    );
    reload();
  };

  const recordIntent = async () => {
    setNotice(undefined);
    setProblem(undefined);
    try {
      const result = await record({
        variables: { input: { partnerId, projectId, kind, level: 'OBSERVING', source: 'ROADSHOW' } },
      });
      const intent = result.data?.recordIntent;
      if (intent)
        setNotice(
          t('roadshows.live.partner.recorded', {
            kind: kindLabel,
            level: t(`matching.intentLevel.${intent.level}`),
          }),
        );
      reload();
    } catch (error) {
      fail(error);
    }
  };

  const raise = async (level: IntentLevel) => {
    if (!existing) return;
    setNotice(undefined);
    setProblem(undefined);
    try {
      await update({ variables: { id: existing.id, input: { level, version: existing.version } } });
      setNotice(t('roadshows.live.partner.raised', { level: t(`matching.intentLevel.${level}`) }));
      reload();
    } catch (error) {
      fail(error);
    }
  };

  const higher = existing ? LEVELS.slice(LEVELS.indexOf(existing.level) + 1) : [];
  return (
    <Flex vertical gap={12} data-testid="on-stage-project">
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {pickText(details?.title ?? slot.title, language)}
        </Typography.Title>
        <Typography.Text type="secondary">
          {[details?.organizationName, countryName(details?.country ?? slot.country, language)]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
      </div>
      {details ? (
        <Typography.Paragraph ellipsis={{ rows: 4, expandable: true, symbol: '…' }} style={{ margin: 0 }}>
          {pickText(details.summary, language)}
        </Typography.Paragraph>
      ) : project.loading ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : null}
      <Flex gap={8} wrap align="center">
        <Select<IntentKind>
          aria-label={t('roadshows.live.partner.kind')}
          value={kind}
          onChange={(value) => {
            setKind(value);
            setNotice(undefined);
          }}
          style={{ width: 240 }}
          options={KINDS.map((k) => ({ value: k, label: t(`matching.intentKind.${k}`) }))}
        />
        {!existing ? (
          <Button
            type="primary"
            icon={<LikeOutlined />}
            loading={recording.loading}
            disabled={!status.data}
            onClick={() => void recordIntent()}
          >
            {t('roadshows.live.partner.record')}
          </Button>
        ) : null}
      </Flex>
      {!existing ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('roadshows.live.partner.recordHelp')}
        </Typography.Text>
      ) : (
        <Flex vertical gap={8} data-testid="existing-intent">
          <Typography.Text>
            {t('roadshows.live.partner.exists', { kind: kindLabel })}{' '}
            <IntentLevelTag level={existing.level} />
          </Typography.Text>
          {higher.length ? (
            <Space wrap>
              {higher.map((level) =>
                level === 'COMMITTED' ? (
                  <Popconfirm
                    key={level}
                    title={t('roadshows.live.partner.commitConfirm')}
                    overlayStyle={{ maxWidth: 340 }}
                    okText={t('roadshows.live.partner.raise', { level: t(`matching.intentLevel.${level}`) })}
                    cancelText={t('roadshows.common.cancel')}
                    onConfirm={() => raise(level)}
                  >
                    <Button icon={<RiseOutlined />} loading={updating.loading}>
                      {t('roadshows.live.partner.raise', { level: t(`matching.intentLevel.${level}`) })}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button
                    key={level}
                    icon={<RiseOutlined />}
                    loading={updating.loading}
                    onClick={() => void raise(level)}
                  >
                    {t('roadshows.live.partner.raise', { level: t(`matching.intentLevel.${level}`) })}
                  </Button>
                ),
              )}
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('roadshows.live.partner.top')}</Typography.Text>
          )}
        </Flex>
      )}
      {notice ? <Alert type="success" showIcon message={notice} data-testid="intent-notice" /> : null}
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
      {status.error && !status.data ? <QueryError error={status.error} onRetry={reload} /> : null}
      <Link to={`${paths.marketProject(projectId)}?partner=${partnerId}`}>
        {t('roadshows.live.partner.openProject')}
      </Link>
    </Flex>
  );
}
