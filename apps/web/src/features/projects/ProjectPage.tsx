import './strings';
import '../audit/strings';
import { useMutation, useQuery } from '@apollo/client/react';
import { EditOutlined, RollbackOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Result,
  Skeleton,
  Tabs,
  Timeline,
  Typography,
} from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  ApplicantProgrammeDocument,
  ApplicantProjectDocument,
  WithdrawProjectDocument,
  type ApplicantProgrammeFieldsFragment,
  type ApplicantProjectQuery,
} from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { ProjectStatusTag, useUserTimeZone, WITHDRAWABLE } from './cans';
import { formatDateTime, formatWithZone, pickText } from './format';
import { ProjectFeedback } from '../screening/ProjectFeedback';
import { ProjectDetails } from './ProjectDetails';

type Project = ApplicantProjectQuery['project'];

// Matchmaking's bid comparison and committed intents load with their own chunk, for published projects only.
const BidComparison = lazy(() =>
  import('../matching/BidComparison').then((m) => ({ default: m.BidComparison })),
);
const CommittedIntents = lazy(() =>
  import('../matching/BidComparison').then((m) => ({ default: m.CommittedIntents })),
);
// Organizers' History tab: the project's audit trail, in the audit chunk.
const ProjectHistory = lazy(() => import('../audit/ProjectHistory'));
const ON_THE_MARKET: readonly Project['status'][] = ['SHORTLISTED', 'IN_ROADSHOW'];
/** Organizers may publish other projects too: these show bids once there are any. */
const BEFORE_MARKET: readonly Project['status'][] = ['DRAFT', 'WITHDRAWN'];

/** One project, read-only: state banner, every field, attachments, timeline; edit and withdraw. */
export default function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useAppLanguage();
  const projectQuery = useQuery(ApplicantProjectDocument, { variables: { id } });
  const project = projectQuery.data?.project;
  const programmeQuery = useQuery(ApplicantProgrammeDocument, {
    variables: { id: project?.programmeId ?? '' },
    skip: !project,
  });
  const programme = programmeQuery.data?.programme;

  const error = projectQuery.error ?? programmeQuery.error;
  if (error && !(project && programme)) {
    const code = describeError(error).code;
    return (
      <>
        <PageHeader title={t('projects.page.title')} />
        {code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'VALIDATION' ? (
          <Result
            status="404"
            title={t('projects.page.notFoundTitle')}
            subTitle={t('projects.page.notFoundBody')}
            extra={
              <Link to={paths.myProjects}>
                <Button type="primary">{t('projects.mine.title')}</Button>
              </Link>
            }
          />
        ) : (
          <QueryError
            error={error}
            onRetry={() => void Promise.all([projectQuery.refetch(), programmeQuery.refetch()])}
          />
        )}
      </>
    );
  }
  if (!project || !programme)
    return (
      <>
        <PageHeader title={t('projects.page.title')} />
        <Card>
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      </>
    );
  const title = pickText(project.title, language) || t('projects.page.untitled');
  return <ProjectView project={project} programme={programme} title={title} />;
}

function ProjectView({
  project,
  programme,
  title,
}: {
  project: Project;
  programme: ApplicantProgrammeFieldsFragment;
  title: string;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const zone = useUserTimeZone();
  const { hasRole } = useSession();
  const [withdrawing, setWithdrawing] = useState(false);
  const [params, setParams] = useSearchParams();
  const canEdit =
    (hasRole('APPLICANT') || hasRole('ORGANIZER')) &&
    (project.status === 'DRAFT' || (project.status === 'SUBMITTED' && programme.acceptingSubmissions));
  const canWithdraw = (hasRole('APPLICANT') || hasRole('ORGANIZER')) && WITHDRAWABLE.includes(project.status);
  const deadline = formatWithZone(programme.closesAt, language, zone);
  const body = <ProjectBody project={project} programme={programme} />;

  return (
    <>
      <PageHeader
        title={title}
        intro={
          <Flex gap={8} align="center" wrap>
            <ProjectStatusTag status={project.status} />
            <span>{t('projects.page.programmeLine', { title: pickText(programme.title, language) })}</span>
          </Flex>
        }
        extra={
          <Flex gap={8}>
            {canEdit ? (
              <Link to={paths.editProject(project.id)}>
                <Button type="primary" icon={<EditOutlined />}>
                  {project.status === 'DRAFT' ? t('projects.page.continue') : t('projects.page.edit')}
                </Button>
              </Link>
            ) : null}
            {canWithdraw ? (
              <Button danger icon={<RollbackOutlined />} onClick={() => setWithdrawing(true)}>
                {t('projects.page.withdraw')}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <StateBanner project={project} programme={programme} deadline={deadline} zone={zone} />
      {hasRole('ORGANIZER') ? (
        <Tabs
          activeKey={params.get('tab') === 'history' ? 'history' : 'overview'}
          onChange={(key) => setParams(key === 'history' ? { tab: key } : {}, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'overview', label: t('audit.history.overview'), children: body },
            {
              key: 'history',
              label: t('audit.history.tab'),
              children: (
                <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
                  <ProjectHistory projectId={project.id} timeZone={zone} />
                </Suspense>
              ),
            },
          ]}
        />
      ) : (
        body
      )}
      <WithdrawModal project={project} open={withdrawing} onClose={() => setWithdrawing(false)} />
    </>
  );
}

function ProjectBody({
  project,
  programme,
}: {
  project: Project;
  programme: ApplicantProgrammeFieldsFragment;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const zone = useUserTimeZone();
  const { hasRole } = useSession();
  return (
    <Flex gap={16} align="flex-start" wrap="wrap">
      <Flex vertical gap={16} style={{ flex: '1 1 560px', minWidth: 0 }}>
        {BEFORE_MARKET.includes(project.status) ? null : (
          <Suspense fallback={null}>
            <BidComparison
              projectId={project.id}
              canAnswer={hasRole('APPLICANT') || hasRole('ORGANIZER')}
              hideWhenEmpty={!ON_THE_MARKET.includes(project.status)}
            />
          </Suspense>
        )}
        <Card>
          <ProjectDetails project={project} mandatoryCans={programme.mandatoryCans} timeZone={zone} />
        </Card>
      </Flex>
      <Flex vertical gap={16} style={{ flex: '0 1 320px' }}>
        <Card title={t('projects.page.sections.timeline')} data-testid="project-timeline">
          <Timeline
            items={project.timeline.map((change) => ({
              color:
                change.toStatus === 'WITHDRAWN' || change.toStatus === 'REJECTED'
                  ? 'red'
                  : change.toStatus === 'DRAFT'
                    ? 'gray'
                    : 'blue',
              children: (
                <Flex vertical gap={2}>
                  <Typography.Text strong>
                    {change.fromStatus === null && change.toStatus === 'DRAFT'
                      ? t('projects.page.created')
                      : t(`projects.status.${change.toStatus}`)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {formatWithZone(change.at, language, zone)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t('projects.page.timelineBy', { name: change.actorName ?? t('projects.page.system') })}
                  </Typography.Text>
                  {change.note ? (
                    <Typography.Text style={{ whiteSpace: 'pre-line' }}>{change.note}</Typography.Text>
                  ) : null}
                </Flex>
              ),
            }))}
          />
        </Card>
        {BEFORE_MARKET.includes(project.status) ? null : (
          <Suspense fallback={null}>
            <CommittedIntents
              projectId={project.id}
              hideWhenEmpty={!ON_THE_MARKET.includes(project.status)}
            />
          </Suspense>
        )}
        <ProjectFeedback projectId={project.id} />
      </Flex>
    </Flex>
  );
}

function StateBanner({
  project,
  programme,
  deadline,
  zone,
}: {
  project: Project;
  programme: ApplicantProgrammeFieldsFragment;
  deadline: string;
  zone: string;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const submittedAt = project.submittedAt ? formatDateTime(project.submittedAt, language, zone) : '';
  const banners: Record<Project['status'], { type: 'success' | 'info' | 'warning' | 'error'; text: string }> =
    {
      DRAFT: programme.acceptingSubmissions
        ? { type: 'warning', text: t('projects.page.draftBanner', { deadline }) }
        : { type: 'error', text: t('projects.page.draftBannerClosed', { deadline }) },
      SUBMITTED: programme.acceptingSubmissions
        ? { type: 'success', text: t('projects.page.submittedBanner', { time: submittedAt, deadline }) }
        : { type: 'success', text: t('projects.page.submittedBannerClosed', { time: submittedAt }) },
      IN_SCREENING: { type: 'info', text: t('projects.page.screeningBanner') },
      SHORTLISTED: { type: 'success', text: t('projects.page.shortlistedBanner') },
      IN_ROADSHOW: { type: 'success', text: t('projects.page.roadshowBanner') },
      REJECTED: { type: 'info', text: t('projects.page.rejectedBanner') },
      WITHDRAWN: { type: 'info', text: t('projects.page.withdrawnBanner') },
    };
  const banner = banners[project.status];
  return (
    <Alert
      type={banner.type}
      showIcon
      message={banner.text}
      style={{ marginBottom: 16 }}
      data-testid="project-banner"
    />
  );
}

function WithdrawModal({ project, open, onClose }: { project: Project; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const [withdraw, { loading }] = useMutation(WithdrawProjectDocument);
  const [error, setError] = useState<string>();
  const confirm = async () => {
    setError(undefined);
    const { reason } = await form.validateFields();
    try {
      await withdraw({ variables: { id: project.id, reason: reason?.trim() || null } });
      form.resetFields();
      onClose();
    } catch (failure) {
      setError(problemMessage(t, describeError(failure)));
    }
  };
  return (
    <Modal
      open={open}
      title={t('projects.page.withdrawTitle')}
      okText={t('projects.page.withdrawConfirm')}
      cancelText={t('projects.page.withdrawCancel')}
      okButtonProps={{ danger: true, loading }}
      onOk={() => void confirm()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('projects.page.withdrawBody')}</Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />
      ) : null}
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('projects.page.withdrawReason')}
          rules={[{ max: 1000, message: t('projects.validation.tooLong', { max: 1000 }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
