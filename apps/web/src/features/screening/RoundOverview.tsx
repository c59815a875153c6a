import {
  CheckCircleOutlined,
  DownloadOutlined,
  PlayCircleOutlined,
  SettingOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Descriptions,
  Flex,
  List,
  Popconfirm,
  Progress,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { ChartCard } from '../../app/charts/ChartCard';
import {
  AssignmentPreviewDocument,
  CloseScreeningRoundDocument,
  DecideScreeningRoundDocument,
  ExportRoundResultsDocument,
  OpenScreeningRoundDocument,
  type ProgrammeFieldsFragment,
  type ScreeningRoundFieldsFragment,
} from '../../gql/graphql';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { downloadFile, formatInstant, pickText } from '../programmes/shared';
import { RoundFormModal } from './RoundFormModal';
import { ProblemAlert, ruleText, toProblem, type Problem } from './ui';

/** Facts, life-cycle actions, the assignment job and (for a draft) what opening would assign. */
export function RoundOverview({
  programme,
  round,
  onChanged,
}: {
  programme: ProgrammeFieldsFragment;
  round: ScreeningRoundFieldsFragment;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { me } = useSession();
  const zone = me?.user.timeZone ?? browserTimeZone();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [openRound, opening] = useMutation(OpenScreeningRoundDocument);
  const [closeRound, closing] = useMutation(CloseScreeningRoundDocument);
  const [decideRound, deciding] = useMutation(DecideScreeningRoundDocument);
  const [exportResults, exporting] = useMutation(ExportRoundResultsDocument);
  const job = round.assignmentJob;
  const assigning = job?.state === 'QUEUED' || job?.state === 'RUNNING';
  const criterionName = (code: string) => {
    const c = programme.rubric.find((r) => r.code === code);
    return c ? (language === 'zh-CN' ? c.nameZh : c.nameEn) : code;
  };

  const act = async (run: () => Promise<unknown>, done: string) => {
    setProblem(undefined);
    setNotice(undefined);
    try {
      await run();
      setNotice(done);
      onChanged();
    } catch (err) {
      setProblem(toProblem(t, err));
    }
  };
  const onExport = async () => {
    setProblem(undefined);
    try {
      const file = (await exportResults({ variables: { roundId: round.id, locale: language } })).data
        ?.exportRoundResults;
      if (file) await downloadFile(file.url, file.filename);
    } catch (err) {
      setProblem(toProblem(t, err));
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" gap={16} wrap>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          style={{ flex: 1, minWidth: 320 }}
          items={[
            { key: 'k', label: t('screening.round.facts.k'), children: round.reviewersPerProject },
            { key: 'maxLoad', label: t('screening.round.facts.maxLoad'), children: round.maxLoad },
            {
              key: 'deadline',
              label: t('screening.round.facts.deadline'),
              children: t('screening.common.zoneNote', {
                time: formatInstant(round.deadline, language, zone),
                zone,
              }),
            },
            { key: 'rule', label: t('screening.round.facts.rule'), children: ruleText(t, round.advanceRule) },
            { key: 'projects', label: t('screening.round.facts.projects'), children: round.projectCount },
            {
              key: 'submitted',
              label: t('screening.round.facts.submitted'),
              children: t('screening.common.of', {
                done: round.submittedReviewCount,
                total: round.assignmentCount,
              }),
            },
            {
              key: 'cans',
              label: t('screening.round.facts.cans'),
              span: 'filled',
              children: (
                <Flex gap={4} wrap>
                  {round.cans.map((can) => (
                    <Tag key={can} color={programme.mandatoryCans.includes(can) ? 'blue' : 'default'}>
                      {t(`screening.can.${can}`)}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            {
              key: 'criteria',
              label: t('screening.round.facts.criteria'),
              span: 'filled',
              children: (
                <Flex gap={4} wrap>
                  {round.criteria.map((code) => (
                    <Tag key={code}>{criterionName(code)}</Tag>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
        <Space wrap align="start">
          {round.status === 'DRAFT' ? (
            <>
              <Button icon={<SettingOutlined />} onClick={() => setEditing(true)} disabled={assigning}>
                {t('screening.round.action.edit')}
              </Button>
              <Button
                type="primary"
                icon={<PlayCircleOutlined />}
                loading={opening.loading || assigning}
                onClick={() =>
                  void act(() => openRound({ variables: { id: round.id } }), t('screening.round.opened'))
                }
              >
                {t('screening.round.action.open')}
              </Button>
            </>
          ) : null}
          {round.status === 'OPEN' ? (
            <Popconfirm
              title={t('screening.round.action.closeConfirm')}
              onConfirm={() =>
                act(() => closeRound({ variables: { id: round.id } }), t('screening.round.closed'))
              }
            >
              <Button icon={<StopOutlined />} loading={closing.loading}>
                {t('screening.round.action.close')}
              </Button>
            </Popconfirm>
          ) : null}
          {round.status === 'CLOSED' ? (
            <Popconfirm
              title={t('screening.round.action.decideConfirm')}
              onConfirm={() =>
                act(() => decideRound({ variables: { id: round.id } }), t('screening.round.decided'))
              }
            >
              <Button type="primary" icon={<CheckCircleOutlined />} loading={deciding.loading}>
                {t('screening.round.action.decide')}
              </Button>
            </Popconfirm>
          ) : null}
          {round.status === 'CLOSED' || round.status === 'DECIDED' ? (
            <Button icon={<DownloadOutlined />} loading={exporting.loading} onClick={() => void onExport()}>
              {t('screening.round.action.export')}
            </Button>
          ) : null}
        </Space>
      </Flex>
      {round.status === 'OPEN' && round.assignmentCount ? (
        <Flex gap={12} align="center" data-testid="round-progress">
          <Progress
            style={{ margin: 0, flex: 1 }}
            percent={Math.round((round.submittedReviewCount / round.assignmentCount) * 100)}
          />
          <Typography.Text type="secondary">
            {t('screening.round.facts.submitted')}:{' '}
            {t('screening.common.of', { done: round.submittedReviewCount, total: round.assignmentCount })}
          </Typography.Text>
        </Flex>
      ) : null}
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
      {notice && !problem ? (
        <Alert type="success" showIcon closable message={notice} onClose={() => setNotice(undefined)} />
      ) : null}
      {job && job.state !== 'DONE' ? (
        <Flex vertical gap={4} data-testid="assignment-job">
          <Typography.Text>{t(`screening.jobState.${job.state}`)}</Typography.Text>
          <Progress
            percent={Math.round(job.progress * 100)}
            status={job.state === 'FAILED' ? 'exception' : 'active'}
          />
          {job.message ? <Typography.Text type="danger">{job.message}</Typography.Text> : null}
        </Flex>
      ) : null}
      {round.status === 'DRAFT' && !assigning ? <AssignmentPreview round={round} /> : null}
      <RoundFormModal
        programme={programme}
        round={round}
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          onChanged();
        }}
      />
    </Flex>
  );
}

/** What opening would assign: feasibility, the shortfall if any, reviewer loads, blocked projects. */
function AssignmentPreview({ round }: { round: ScreeningRoundFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  // Refetched whenever the round changes (settings saved), so the preview matches what opening does.
  const { data, error } = useQuery(AssignmentPreviewDocument, {
    variables: { roundId: round.id },
    fetchPolicy: 'network-only',
  });
  if (error) return <ProblemAlert problem={toProblem(t, error)} />;
  if (!data) return <Skeleton active />;
  const preview = data.assignmentPreview;
  const loads = [...preview.loads].sort((a, b) => b.load - a.load);
  const rows = loads.map((l) => ({
    reviewer: l.reviewer.displayName,
    load: l.load,
    maxLoad: l.maxLoad,
    sectorMatches: l.sectorMatches,
  }));
  return (
    <Flex vertical gap={12} data-testid="assignment-preview">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('screening.round.preview.title')}
      </Typography.Title>
      {preview.feasible ? (
        <Alert
          type="info"
          showIcon
          message={t('screening.round.preview.feasible', {
            needed: preview.needed.toLocaleString(language),
            reviewers: preview.loads.length,
            capacity: preview.capacity.toLocaleString(language),
          })}
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="preview-infeasible"
          message={t('screening.round.preview.infeasible', { message: preview.message ?? '' })}
        />
      )}
      <ChartCard
        title={t('screening.round.preview.loads')}
        filename={`round-${round.ordinal}-loads`}
        testId="loads-chart"
        height={300}
        columns={[
          { key: 'reviewer', title: t('screening.progress.column.reviewer') },
          { key: 'load', title: t('screening.round.preview.load'), numeric: true },
          { key: 'maxLoad', title: t('screening.round.preview.capacity'), numeric: true },
          { key: 'sectorMatches', title: t('screening.round.preview.sectorMatches'), numeric: true },
        ]}
        rows={rows}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 40, right: 16, top: 32, bottom: 24 },
          xAxis: {
            type: 'category',
            data: rows.map((r) => r.reviewer),
            axisLabel: { show: rows.length <= 30 },
          },
          yAxis: { type: 'value' },
          series: [
            { name: t('screening.round.preview.load'), type: 'bar', data: rows.map((r) => r.load) },
            {
              name: t('screening.round.preview.sectorMatches'),
              type: 'bar',
              data: rows.map((r) => r.sectorMatches),
            },
            {
              name: t('screening.round.preview.capacity'),
              type: 'line',
              step: 'middle',
              symbol: 'none',
              data: rows.map((r) => r.maxLoad),
            },
          ],
        }}
      />
      {preview.blockedProjects.length ? (
        <List
          size="small"
          bordered
          header={t('screening.round.preview.blocked')}
          dataSource={preview.blockedProjects}
          renderItem={(p) => (
            <List.Item extra={t('screening.round.preview.eligible', { count: p.eligibleReviewers })}>
              {pickText(p.title, language)}
            </List.Item>
          )}
        />
      ) : null}
    </Flex>
  );
}
