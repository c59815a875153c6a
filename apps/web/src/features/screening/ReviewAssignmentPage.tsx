import './strings';
import { ArrowLeftOutlined, SafetyCertificateOutlined, StopOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Progress,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  AssignmentDocument,
  DeclareConflictDocument,
  DeclareNoConflictDocument,
  MyAssignmentsDocument,
  NextAssignmentDocument,
  type AssignmentFieldsFragment,
} from '../../gql/graphql';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { formatInstant, pickText } from '../programmes/shared';
import { ReviewForm } from './ReviewForm';
import { ReviewProjectView } from './ReviewProjectView';
import { toProblem } from './ui';

/** One assigned project: read it, pass the conflict gate, score it, go to the next. */
export default function ReviewAssignmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(AssignmentDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data)
    return (
      <>
        <PageHeader title={t('screening.workspace.title')} />
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </>
    );
  if (!data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  // Keyed by id: "submit and next" lands on a fresh form.
  return <AssignmentView key={data.assignment.id} assignment={data.assignment} />;
}

function AssignmentView({ assignment }: { assignment: AssignmentFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { me } = useSession();
  const zone = me?.user.timeZone ?? browserTimeZone();
  const { round, project } = assignment;
  const { data: queue } = useQuery(MyAssignmentsDocument, {
    variables: { roundId: round.id, first: 200 },
    fetchPolicy: 'cache-and-network',
  });
  const rows = queue?.myAssignments.edges.map((e) => e.node) ?? [];
  const submitted = rows.filter((r) => r.review?.status === 'SUBMITTED').length;
  const [done, setDone] = useState<string>();

  const onSubmitted = async (next: boolean) => {
    await client.refetchQueries({ include: [MyAssignmentsDocument] }).catch(() => undefined);
    if (!next) {
      setDone(t('screening.review.form.submitted'));
      return;
    }
    const result = await client
      .query({ query: NextAssignmentDocument, variables: { roundId: round.id }, fetchPolicy: 'network-only' })
      .catch(() => undefined);
    const nextId = result?.data?.nextAssignment?.id;
    void navigate(nextId && nextId !== assignment.id ? paths.reviewAssignment(nextId) : paths.review);
  };

  return (
    <>
      <PageHeader
        title={pickText(project.title, language)}
        intro={
          <Space size={8} wrap>
            <span>{pickText(round.programmeTitle, language)}</span>
            <Tag>{t('screening.common.round', { ordinal: round.ordinal })}</Tag>
            <span>
              {t('screening.workspace.deadline', {
                time: t('screening.common.zoneNote', {
                  time: formatInstant(round.deadline, language, zone),
                  zone,
                }),
              })}
            </span>
          </Space>
        }
        extra={
          <Link to={paths.review}>
            <Button icon={<ArrowLeftOutlined />}>{t('screening.review.back')}</Button>
          </Link>
        }
      />
      {rows.length ? (
        <Flex gap={12} align="center" style={{ marginBottom: 16 }}>
          <Progress
            percent={Math.round((submitted / rows.length) * 100)}
            size="small"
            style={{ margin: 0, flex: 1 }}
          />
          <Typography.Text type="secondary" data-testid="round-progress">
            {t('screening.review.progress', { ordinal: round.ordinal, submitted, total: rows.length })}
          </Typography.Text>
        </Flex>
      ) : null}
      {done ? <Alert type="success" showIcon message={done} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card>
            <ReviewProjectView project={project} cans={round.cans} />
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <div style={{ position: 'sticky', top: 72 }}>
            {assignment.conflictDeclared === null ? (
              <ConflictGate assignment={assignment} />
            ) : assignment.conflictDeclared ? (
              <Alert type="warning" showIcon message={t('screening.review.gate.declared')} />
            ) : (
              <ReviewForm assignment={assignment} onSubmitted={(next) => void onSubmitted(next)} />
            )}
          </div>
        </Col>
      </Row>
    </>
  );
}

/** Scoring starts only after the reviewer states there is no conflict, or steps back with a reason. */
function ConflictGate({ assignment }: { assignment: AssignmentFieldsFragment }) {
  const { t } = useTranslation();
  const [declaring, setDeclaring] = useState(false);
  const [error, setError] = useState<string>();
  const [noConflict, noConflictState] = useMutation(DeclareNoConflictDocument);
  const [declare, declareState] = useMutation(DeclareConflictDocument);
  const fail = (err: unknown) => setError(toProblem(t, err).message);
  return (
    <Card title={t('screening.review.gate.title')} data-testid="conflict-gate">
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('screening.review.gate.body')}</Typography.Paragraph>
        {error ? <Alert type="error" showIcon message={error} /> : null}
        {declaring ? (
          <Form
            layout="vertical"
            onFinish={(values: { reason: string }) =>
              void declare({
                variables: { assignmentId: assignment.id, reason: values.reason.trim() },
              }).catch(fail)
            }
          >
            <Form.Item
              name="reason"
              label={t('screening.review.gate.reason')}
              rules={[{ required: true, whitespace: true, message: t('screening.review.gate.reason') }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 2 }}
                maxLength={1000}
                placeholder={t('screening.review.gate.reasonPlaceholder')}
              />
            </Form.Item>
            <Space>
              <Button onClick={() => setDeclaring(false)}>{t('common.cancel')}</Button>
              <Button danger htmlType="submit" loading={declareState.loading}>
                {t('screening.review.gate.declareSubmit')}
              </Button>
            </Space>
          </Form>
        ) : (
          <Space wrap>
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              loading={noConflictState.loading}
              onClick={() => void noConflict({ variables: { assignmentId: assignment.id } }).catch(fail)}
            >
              {t('screening.review.gate.none')}
            </Button>
            <Button icon={<StopOutlined />} onClick={() => setDeclaring(true)}>
              {t('screening.review.gate.declare')}
            </Button>
          </Space>
        )}
      </Flex>
    </Card>
  );
}
