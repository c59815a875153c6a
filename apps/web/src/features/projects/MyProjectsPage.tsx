import './strings';
import { useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  ApplicantProgrammesDocument,
  MyProjectsDocument,
  type ApplicantProgrammeFieldsFragment,
  type MyProjectsQuery,
} from '../../gql/graphql';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { ProjectStatusTag, useUserTimeZone } from './cans';
import { formatDateTime, formatWithZone, pickText } from './format';

type Row = MyProjectsQuery['projects']['edges'][number]['node'];

/** The applicant's projects, per visible programme, with the next step for each. */
export default function MyProjectsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ApplicantProgrammesDocument, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const programmes = (data?.programmes.edges ?? [])
    .map((edge) => edge.node)
    .filter((programme) => programme.status !== 'DRAFT' && programme.status !== 'ARCHIVED');
  return (
    <>
      <PageHeader
        title={t('projects.mine.title')}
        intro={t('projects.mine.intro')}
        extra={
          <Link to={paths.openCalls}>
            <Button>{t('projects.mine.openCalls')}</Button>
          </Link>
        }
      />
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : programmes.length === 0 ? (
        <Card>
          <Empty description={t('projects.mine.noProgrammes')} />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {programmes.map((programme) => (
            <ProgrammeProjects key={programme.id} programme={programme} />
          ))}
        </Flex>
      )}
    </>
  );
}

function ProgrammeProjects({ programme }: { programme: ApplicantProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const zone = useUserTimeZone();
  const { hasRole } = useSession();
  const { data, loading, error, refetch } = useQuery(MyProjectsDocument, {
    variables: { programmeId: programme.id, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const rows = (data?.projects.edges ?? []).map((edge) => edge.node);
  const canCreate = programme.acceptingSubmissions && (hasRole('APPLICANT') || hasRole('ORGANIZER'));

  const nextStep = (row: Row) => {
    if (row.status === 'DRAFT')
      return programme.acceptingSubmissions ? (
        <Link to={paths.editProject(row.id)}>
          {row.missingForSubmission.length
            ? t('projects.mine.next.finishMissing', { count: row.missingForSubmission.length })
            : t('projects.mine.next.finish')}
        </Link>
      ) : (
        <Typography.Text type="secondary">{t('projects.mine.next.none')}</Typography.Text>
      );
    if (row.status === 'SUBMITTED' && programme.acceptingSubmissions)
      return <Link to={paths.editProject(row.id)}>{t('projects.mine.next.editable')}</Link>;
    if (row.status === 'SUBMITTED' || row.status === 'IN_SCREENING')
      return <Typography.Text type="secondary">{t('projects.mine.next.wait')}</Typography.Text>;
    return <Typography.Text type="secondary">{t('projects.mine.next.none')}</Typography.Text>;
  };

  return (
    <Card
      title={pickText(programme.title, language)}
      extra={
        canCreate ? (
          <Link to={paths.newProject(programme.id)}>
            <Button type="primary" icon={<PlusOutlined />}>
              {t('projects.mine.newProject')}
            </Button>
          </Link>
        ) : null
      }
      data-testid="programme-projects"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {programme.acceptingSubmissions
          ? t('projects.mine.accepting', { time: formatWithZone(programme.closesAt, language, zone) })
          : t('projects.mine.notAccepting')}
      </Typography.Paragraph>
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={loading && !data}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.mine.empty')} />,
          }}
          columns={[
            {
              key: 'title',
              title: t('projects.mine.column.title'),
              render: (_, row) => (
                <Flex vertical>
                  <Link to={paths.project(row.id)}>
                    {pickText(row.title, language) || t('projects.page.untitled')}
                  </Link>
                  {row.organizationName ? (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {row.organizationName}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            {
              key: 'status',
              title: t('projects.mine.column.status'),
              width: 140,
              render: (_, row) => <ProjectStatusTag status={row.status} />,
            },
            {
              key: 'updated',
              title: t('projects.mine.column.updated'),
              width: 200,
              render: (_, row) => formatDateTime(row.updatedAt, language, zone),
            },
            {
              key: 'next',
              title: t('projects.mine.column.next'),
              width: 240,
              render: (_, row) => nextStep(row),
            },
          ]}
        />
      )}
    </Card>
  );
}
