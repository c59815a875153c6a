import './strings';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import { ApplicantProgrammeDocument, ApplicantProjectDocument } from '../../gql/graphql';
import { describeError } from '../identity/errors';
import { QueryError } from '../members/QueryError';
import { ProjectWizard } from './ProjectWizard';

/** The project wizard: a new project in a programme, or an existing one (`/projects/:id/edit?step=`). */
export default function ProjectWizardPage() {
  const { id, programmeId: newIn } = useParams();
  const { t } = useTranslation();
  const projectQuery = useQuery(ApplicantProjectDocument, { variables: { id: id ?? '' }, skip: !id });
  const project = id ? projectQuery.data?.project : undefined;
  const programmeId = id ? project?.programmeId : newIn;
  const programmeQuery = useQuery(ApplicantProgrammeDocument, {
    variables: { id: programmeId ?? '' },
    skip: !programmeId,
  });
  const programme = programmeQuery.data?.programme;
  const title = id ? t('projects.wizard.editTitle') : t('projects.wizard.newTitle');

  const error = (id ? projectQuery.error : undefined) ?? programmeQuery.error;
  if (error && !(programme && (project || !id))) {
    const code = describeError(error).code;
    return (
      <>
        <PageHeader title={title} />
        {code === 'NOT_FOUND' || code === 'FORBIDDEN' ? (
          <Result
            status="404"
            title={t('projects.page.notFoundTitle')}
            subTitle={t('projects.page.notFoundBody')}
            extra={<MyProjectsLink />}
          />
        ) : (
          <QueryError
            error={error}
            onRetry={() =>
              void Promise.all([id ? projectQuery.refetch() : undefined, programmeQuery.refetch()])
            }
          />
        )}
      </>
    );
  }
  if (!programme || (id && !project))
    return (
      <>
        <PageHeader title={title} />
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </>
    );

  const editable =
    !project ||
    project.status === 'DRAFT' ||
    (project.status === 'SUBMITTED' && programme.acceptingSubmissions);
  if (!editable || (!project && !programme.acceptingSubmissions))
    return (
      <>
        <PageHeader title={title} />
        <Card>
          <Result
            status="info"
            title={project ? t('projects.wizard.cannotEditTitle') : t('projects.wizard.callClosedTitle')}
            subTitle={project ? t('projects.wizard.cannotEditBody') : t('projects.wizard.callClosedBody')}
            extra={
              project ? (
                <Link to={paths.project(project.id)}>
                  <Button type="primary">{t('projects.wizard.viewProject')}</Button>
                </Link>
              ) : (
                <MyProjectsLink />
              )
            }
          />
        </Card>
      </>
    );
  return (
    <ProjectWizard
      key={project?.id ?? 'new'}
      title={title}
      programme={programme}
      project={project}
      onReload={() => void projectQuery.refetch()}
    />
  );
}

function MyProjectsLink() {
  const { t } = useTranslation();
  return (
    <Link to={paths.myProjects}>
      <Button type="primary">{t('projects.wizard.toMyProjects')}</Button>
    </Link>
  );
}
